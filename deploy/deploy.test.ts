/**
 * The container and Kubernetes descriptions, checked without a container engine: every Dockerfile,
 * compose.yaml and manifest parses and holds what a deployment needs, their commands are the ones
 * the repository defines, and those commands, run as plain processes with compose's environment,
 * migrate the database and answer /ready in each role.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { createTestDatabase, readMigrations, type TestDatabase } from "@tracemark/db";
import { freePort } from "@tracemark/testkit";
import { DockerfileParser } from "dockerfile-ast";
import { Deployment } from "kubernetes-models/apps/v1";
import { Job } from "kubernetes-models/batch/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { ConfigMap, Secret, Service } from "kubernetes-models/v1";
import { parse, parseAllDocuments } from "yaml";
import { type LocalChain, startLocalChain } from "../apps/api/src/testing/localChain.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const read = (path: string) => readFileSync(`${root}/${path}`, "utf8");

type Stage = { name: string | undefined; instructions: { keyword: string; args: string }[] };

/** A Dockerfile's stages, each with its instructions (line continuations joined). */
function stagesOf(path: string): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of DockerfileParser.parse(read(path)).getInstructions()) {
    const keyword = instruction.getKeyword();
    // The text after the keyword, flags (`--from=…`) included, line continuations joined.
    const args = instruction
      .getTextContent()
      .slice(keyword.length)
      .replace(/\\\r?\n\s*/g, " ")
      .trim();
    if (keyword === "FROM") stages.push({ name: /\bAS\s+(\S+)/i.exec(args)?.[1], instructions: [] });
    stages.at(-1)?.instructions.push({ keyword, args });
  }
  return stages;
}

const scriptsOf = (workspaceDir: string): Record<string, string> =>
  JSON.parse(read(`${workspaceDir}/package.json`)).scripts ?? {};
const workspaceDirs: Record<string, string> = {
  "@tracemark/api": "apps/api",
  "@tracemark/web": "apps/web",
  "@tracemark/db": "prisma",
  "@tracemark/sdk": "packages/sdk",
};

/** The API image's command: every API process (compose, Kubernetes) runs it or migrate.ts. */
const apiCommand = ["node", "--import", "tsx", "apps/api/src/server.ts"];
const migrateCommand = ["node", "--import", "tsx", "apps/api/src/migrate.ts"];
const webCommand = ["node", "/app/node_modules/next/dist/bin/next", "start"];

describe("Dockerfiles", () => {
  for (const [path, command] of [
    ["apps/api/Dockerfile", apiCommand],
    ["apps/web/Dockerfile", webCommand],
  ] as const) {
    test(`${path}: multi-stage, from the lockfile, non-root, a health check, the repository's commands`, () => {
      const stages = stagesOf(path);
      assert.ok(stages.length >= 2, "multi-stage");
      const runs = stages.flatMap((stage) => stage.instructions.filter((i) => i.keyword === "RUN"));
      for (const run of runs) {
        assert.doesNotMatch(run.args, /\bnpm (install|i)\b/, "dependencies only through npm ci");
        for (const [, script, workspace] of run.args.matchAll(/npm run (\S+) -w (\S+)/g)) {
          const dir = workspaceDirs[workspace as string];
          assert.ok(dir, `known workspace ${workspace}`);
          assert.ok(scriptsOf(dir)[script as string], `${workspace} defines the script ${script}`);
        }
      }
      assert.ok(
        runs.some((run) => /^npm ci\b/.test(run.args)),
        "npm ci",
      );
      for (const stage of stages)
        for (const copy of stage.instructions.filter(
          (i) => i.keyword === "COPY" && !i.args.includes("--from"),
        ))
          for (const source of copy.args
            .split(/\s+/)
            .filter((part) => !part.startsWith("--"))
            .slice(0, -1))
            assert.ok(existsSync(`${root}/${source}`), `COPY source ${source} exists`);
      const final = stages.at(-1) as Stage;
      const user = final.instructions.findLast((i) => i.keyword === "USER")?.args;
      assert.ok(user && !/^(root|0)(:|$)/.test(user), "the final stage runs as a non-root user");
      assert.ok(
        final.instructions.some((i) => i.keyword === "HEALTHCHECK" && /CMD/.test(i.args)),
        "HEALTHCHECK",
      );
      const cmd = final.instructions.findLast((i) => i.keyword === "CMD")?.args ?? "";
      assert.deepEqual(JSON.parse(cmd), command);
    });
  }

  test("the API image runs the file its package.json starts, and copies what the API reads", () => {
    assert.match(scriptsOf("apps/api").start ?? "", /\btsx src\/server\.ts$/);
    assert.match(scriptsOf("apps/web").start ?? "", /\bnext start$/);
    assert.ok(existsSync(`${root}/apps/api/src/migrate.ts`));
    const copied = stagesOf("apps/api/Dockerfile")
      .at(-1)
      ?.instructions.filter((i) => i.keyword === "COPY")
      .map((i) => i.args)
      .join("\n");
    for (const needed of [
      "apps/api/src",
      "prisma/migrations",
      "prisma/generated",
      "packages/sdk",
      "deployments",
    ])
      assert.ok(copied?.includes(needed), `the runtime image has ${needed}`);
  });
});

type ComposeService = {
  command?: string[];
  environment?: Record<string, string>;
  build?: { dockerfile: string; target?: string };
  depends_on?: Record<string, { condition: string }> | string[];
};
const compose = parse(read("compose.yaml"), { merge: true }) as { services: Record<string, ComposeService> };

describe("compose.yaml", () => {
  test("runs Postgres, anvil, a one-off deploy and migrate, the three roles apart, and the web app", () => {
    const { services } = compose;
    for (const name of ["postgres", "anvil", "deploy", "migrate", "api", "submit", "index", "web"])
      assert.ok(services[name], `service ${name}`);
    for (const [name, role] of [
      ["api", "serve"],
      ["submit", "submit"],
      ["index", "index"],
    ] as const) {
      assert.deepEqual(services[name]?.command, apiCommand, `${name} runs the API image's command`);
      assert.equal(services[name]?.environment?.ROLES, role);
      assert.deepEqual(services[name]?.depends_on, {
        migrate: { condition: "service_completed_successfully" },
      });
    }
    assert.deepEqual(services.migrate?.command, migrateCommand);
    assert.match((services.deploy?.command ?? []).join(" "), /scripts\/deploy-contracts\.ts/);
    assert.ok(existsSync(`${root}/scripts/deploy-contracts.ts`));
    for (const service of Object.values(services))
      if (service.build) {
        assert.ok(existsSync(`${root}/${service.build.dockerfile}`), service.build.dockerfile);
        if (service.build.target)
          assert.ok(stagesOf(service.build.dockerfile).some((stage) => stage.name === service.build?.target));
      }
  });
});

type Manifest = { kind: string; metadata: { name: string }; spec?: Record<string, unknown> } & Record<
  string,
  unknown
>;
const manifestDir = "deploy/kubernetes";
const manifests: Manifest[] = readdirSync(`${root}/${manifestDir}`)
  .filter((file) => file.endsWith(".yaml") && file !== "kustomization.yaml")
  .flatMap((file) =>
    parseAllDocuments(read(`${manifestDir}/${file}`)).map((doc) => {
      assert.deepEqual(doc.errors, [], file);
      return doc.toJS() as Manifest;
    }),
  );
const models: Record<string, new (data: never) => { validate: () => void }> = {
  Deployment,
  Job,
  PodDisruptionBudget,
  Service,
  ConfigMap,
  Secret,
};

describe("Kubernetes manifests", () => {
  test("each is a valid object of its kind (the Kubernetes OpenAPI schemas)", () => {
    assert.ok(manifests.length >= 8);
    for (const manifest of manifests) {
      const Model = models[manifest.kind];
      assert.ok(Model, `a known kind: ${manifest.kind}`);
      new Model(manifest as never).validate();
    }
  });

  test("kustomization.yaml lists every manifest but the example secret", () => {
    const listed = (parse(read(`${manifestDir}/kustomization.yaml`)) as { resources: string[] }).resources;
    const files = readdirSync(`${root}/${manifestDir}`).filter(
      (file) => file.endsWith(".yaml") && !["kustomization.yaml", "secret.example.yaml"].includes(file),
    );
    assert.deepEqual([...listed].sort(), files.sort());
  });

  test("the roles are Deployments probed on /ready and /health, non-root, with resources and a PDB", () => {
    const deployments = manifests.filter((m) => m.kind === "Deployment") as unknown as Deployment[];
    const roles = new Set<string>();
    for (const deployment of deployments) {
      const pod = deployment.spec?.template.spec;
      assert.equal(pod?.securityContext?.runAsNonRoot, true, `${deployment.metadata?.name} runs as non-root`);
      for (const container of pod?.containers ?? []) {
        assert.ok(container.resources?.requests && container.resources.limits, "resources");
        assert.equal(container.securityContext?.allowPrivilegeEscalation, false);
        if (container.image !== "tracemark-api") continue;
        assert.deepEqual(container.command, apiCommand);
        assert.equal(container.readinessProbe?.httpGet?.path, "/ready");
        assert.equal(container.livenessProbe?.httpGet?.path, "/health");
        const role = container.env?.find((e) => e.name === "ROLES")?.value;
        assert.ok(role);
        roles.add(role);
      }
      const labels = deployment.spec?.selector.matchLabels;
      assert.ok(
        manifests.some(
          (m) =>
            m.kind === "PodDisruptionBudget" &&
            JSON.stringify((m.spec as { selector: { matchLabels: unknown } }).selector.matchLabels) ===
              JSON.stringify(labels),
        ),
        `a PodDisruptionBudget for ${deployment.metadata?.name}`,
      );
    }
    assert.deepEqual([...roles].sort(), ["index", "serve", "submit"]);
    const job = manifests.find((m) => m.kind === "Job") as unknown as Job;
    const jobContainer = job.spec?.template.spec?.containers[0];
    assert.deepEqual(jobContainer?.command, migrateCommand);
    assert.equal(job.spec?.template.spec?.securityContext?.runAsNonRoot, true);
  });
});

describe("compose's API commands, run as plain processes", () => {
  let chain: LocalChain;
  let db: TestDatabase;
  const children: ChildProcess[] = [];
  before(async () => {
    chain = await startLocalChain();
    db = await createTestDatabase();
  });
  after(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
    await db?.drop();
    await chain?.stop();
  });

  /** A compose service's command and environment, pointed at this test's database, chain and port. */
  function run(service: string, port: number): ChildProcess {
    const { command, environment } = compose.services[service] as ComposeService;
    const [program, ...args] = command as string[];
    assert.equal(program, "node");
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: {
        ...process.env,
        ...environment,
        DATABASE_URL: db.url,
        RPC_URL: chain.anvil.rpcUrl,
        DEPLOYMENTS_DIR: `${root}/deployments`,
        HOST: "127.0.0.1",
        PORT: String(port),
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    children.push(child);
    return child;
  }

  async function ready(port: number, child: ChildProcess): Promise<number> {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
      const status = await fetch(`http://127.0.0.1:${port}/ready`).then(
        (response) => response.status,
        () => undefined,
      );
      if (status === 200) return status;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  test("migrate applies the migrations and exits 0; serve, submit and index each answer /ready", {
    timeout: 300_000,
  }, async () => {
    // An empty database: the migrate command alone must build it.
    await db.prisma.$executeRawUnsafe("DROP SCHEMA public CASCADE");
    await db.prisma.$executeRawUnsafe("CREATE SCHEMA public");
    const migrate = run("migrate", await freePort());
    const code = await new Promise((resolve) => migrate.once("exit", resolve));
    assert.equal(code, 0);
    const [applied] = await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "_prisma_migrations"`,
    );
    assert.equal(Number(applied?.n), readMigrations().length, "every committed migration applied");
    for (const service of ["api", "submit", "index"]) {
      const port = await freePort();
      assert.equal(await ready(port, run(service, port)), 200, `${service} answers /ready`);
    }
  });
});
