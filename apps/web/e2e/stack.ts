import { mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

const portNames = [
  /** Kept closed: stands for an API, or a chain, that is down. */
  "closed",
  /** Web app whose API_URL is the closed port. */
  "webWithoutApi",
  /** Web app → real API → real node. */
  "webWithApi",
  "api",
  "anvil",
  /** Web app → real API whose node is the closed port. */
  "webChainDown",
  "apiChainDown",
  /** The mail sink: SMTP (the APIs' SMTP_URL), and its mail as JSON (the web app's /dev/mail). */
  "mailSmtp",
  "mailView",
] as const;

export type PortName = (typeof portNames)[number];

/**
 * The processes the end-to-end suite runs against, and where they listen. Playwright evaluates its
 * config in the runner and again in every worker: the runner picks the ports once and hands them to
 * the workers through the environment, so both sides agree.
 */
export type Stack = {
  ports: Record<PortName, number>;
  /** Embedded Postgres (PGlite) data of the APIs under test, emptied at the start of each run. */
  dataDir: string;
};

export const webDir = path.resolve(import.meta.dirname, "..");
export const repoRoot = path.resolve(webDir, "../..");
export const apiEntry = path.join(repoRoot, "apps/api/src/server.ts");

/** The platform administrator the API creates at start (admits organisations, accredits auditors). */
export const platformAdmin = { email: "admin@tracemark.test", password: "e2e-platform-admin-password" };

const stackVariable = "TRACEMARK_E2E_STACK";

/** Ports free right now, distinct from one another: all held open at once, then released. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  const ports = await Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((resolve, reject) => {
          server.once("error", reject);
          server.listen(0, "127.0.0.1", () => {
            const address = server.address();
            if (address && typeof address === "object") resolve(address.port);
            else reject(new Error("could not allocate a port"));
          });
        }),
    ),
  );
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

async function allocateStack(): Promise<Stack> {
  const dataDir = path.join(webDir, ".e2e");
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const free = await freePorts(portNames.length);
  const ports = Object.fromEntries(portNames.map((name, index) => [name, free[index]])) as Stack["ports"];
  return { ports, dataDir };
}

/** The stack of this run: allocated by the first process that asks, inherited by the others. */
export async function e2eStack(): Promise<Stack> {
  const inherited = process.env[stackVariable];
  if (inherited) return JSON.parse(inherited) as Stack;
  const stack = await allocateStack();
  process.env[stackVariable] = JSON.stringify(stack);
  return stack;
}

/** The local chain's JSON-RPC URL (anvil on this run's port), for a test wallet. */
export async function chainRpcUrl(): Promise<string> {
  const { ports } = await e2eStack();
  return `http://127.0.0.1:${ports.anvil}`;
}
