/**
 * Benchmark of the indexer's backfill: 100,000 anchor, recall and attestation logs of the real contracts on a
 * local anvil, indexed into Postgres by Tracemark's indexer (`indexOnce` until caught up, default settings), and
 * by Ponder (the npm package `ponder`, one row per event through its own handlers) from the same node into
 * the same Postgres server, in the same run. Prints both throughputs and the ratio (target: ours ≥ 3×).
 * Nothing is asserted.
 *
 * Usage: `tsx bench/pipeline/indexer.ts`: starts a private Postgres like the other benchmarks, or uses the server in
 * TEST_DATABASE_URL when it is set. BENCH_LOGS changes the count.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { type LocalChain, startLocalChain } from "@tracemark/api/testing";
import { createTestDatabase } from "@tracemark/db";
import {
  easAbi,
  encodeAuditData,
  legacyRegistryOrgIdOf,
  tracemarkAuditResolverAbi,
  tracemarkRegistryAbi,
} from "@tracemark/sdk";
import { freePort, type PrivatePostgres, startPostgres } from "@tracemark/testkit";
import pg from "pg";
import {
  createPublicClient,
  encodeFunctionData,
  type Hex,
  http,
  keccak256,
  type PublicClient,
  toHex,
  zeroHash,
} from "viem";
import { indexOnce } from "../../apps/api/src/indexer/indexOnce.ts";

const LOGS = Number(process.env.BENCH_LOGS ?? 100_000);
const PER_BLOCK = 500;
const postgres = process.env.TEST_DATABASE_URL ? undefined : startPostgres(await freePort());
const serverUrl = process.env.TEST_DATABASE_URL ?? (postgres as PrivatePostgres).url;
process.env.TEST_DATABASE_URL = serverUrl;
const root = fileURLToPath(new URL("../..", import.meta.url));

/** The transactions to send: a mix of anchors (single and batch), recalls (declared, some lifted) and attestations. */
function plan(chain: LocalChain): { from: Hex; to: Hex; data: Hex; gas: Hex }[] {
  const orgId = legacyRegistryOrgIdOf(chain.organizationId);
  const registry = chain.deployment.contracts.TracemarkRegistry.address;
  const eas = chain.deployment.contracts.EAS.address;
  const writer = chain.writer.account.address;
  const auditor = chain.auditor.account.address;
  const hash = (kind: string, i: number) => keccak256(toHex(`${kind}-${i}`));
  const registryCall = (functionName: string, args: readonly unknown[], gas: number) => ({
    from: writer,
    to: registry,
    data: encodeFunctionData({ abi: tracemarkRegistryAbi, functionName, args } as never),
    gas: toHex(gas),
  });
  const recalls = Math.round(LOGS * 0.15);
  const lifts = Math.round(LOGS * 0.05);
  const attestations = Math.round(LOGS * 0.1);
  const batches = Math.round(LOGS * 0.2);
  const singles = LOGS - recalls - lifts - attestations - batches;
  const first = [
    ...Array.from({ length: recalls }, (_, i) =>
      registryCall("declareRecall", [orgId, hash("lot", i), hash("reason", i)], 120_000),
    ),
  ];
  const rest = [
    ...Array.from({ length: singles }, (_, i) =>
      registryCall("anchorEvent", [orgId, hash("event", i)], 60_000),
    ),
    ...Array.from({ length: batches }, (_, i) =>
      registryCall("anchorBatch", [orgId, hash("root", i), 100, hash("manifest", i), ""], 150_000),
    ),
    ...Array.from({ length: attestations }, (_, i) => ({
      from: auditor,
      to: eas,
      data: encodeFunctionData({
        abi: easAbi,
        functionName: "attest",
        args: [
          {
            schema: chain.deployment.auditSchemaUid,
            data: {
              recipient: "0x0000000000000000000000000000000000000000",
              expirationTime: 0n,
              revocable: true,
              refUID: zeroHash,
              data: encodeAuditData({
                orgId,
                subjectKind: "lot",
                subject: hash("lot", i),
                claim: `claim ${i}`,
                evidenceHash: hash("evidence", i),
              }),
              value: 0n,
            },
          },
        ],
      }),
      gas: toHex(500_000),
    })),
    ...Array.from({ length: lifts }, (_, i) =>
      registryCall("liftRecall", [orgId, hash("lot", i), hash("lift", i)], 120_000),
    ),
  ];
  // Interleave the kinds so that every block holds a mix, keeping each lift after its declaration.
  const mixed = rest.map((tx, i) => ({ tx, key: (i * 7919) % rest.length })).sort((a, b) => a.key - b.key);
  const lifted = mixed.filter((m) => m.tx.data.startsWith(liftSelector));
  return [
    ...first,
    ...mixed.filter((m) => !m.tx.data.startsWith(liftSelector)).map((m) => m.tx),
    ...lifted.map((m) => m.tx),
  ];
}
const liftSelector = encodeFunctionData({
  abi: tracemarkRegistryAbi,
  functionName: "liftRecall",
  args: ["0x00000000000000000000000000000000", zeroHash, zeroHash],
}).slice(0, 10);

async function rpcBatch(url: string, calls: { method: string; params: unknown[] }[]): Promise<unknown[]> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(calls.map((call, id) => ({ jsonrpc: "2.0", id, ...call }))),
  });
  const results = (await response.json()) as { error?: { message: string }; result?: unknown }[];
  const failed = results.find((r) => r.error);
  if (failed) throw new Error(`JSON-RPC error: ${failed.error?.message}`);
  return results.map((r) => r.result);
}

async function generate(chain: LocalChain): Promise<void> {
  await chain.rpc("evm_setAutomine", [false]);
  const nonces = new Map<string, number>();
  const txs = plan(chain);
  for (const tx of txs)
    if (!nonces.has(tx.from))
      nonces.set(tx.from, Number(await chain.rpc<Hex>("eth_getTransactionCount", [tx.from, "pending"])));
  for (let i = 0; i < txs.length; i += PER_BLOCK) {
    const slice = txs.slice(i, i + PER_BLOCK).map((tx) => {
      const nonce = nonces.get(tx.from) as number;
      nonces.set(tx.from, nonce + 1);
      return { ...tx, nonce: toHex(nonce) };
    });
    await rpcBatch(
      chain.anvil.rpcUrl,
      slice.map((tx) => ({ method: "eth_sendTransaction", params: [tx] })),
    );
    await rpcBatch(chain.anvil.rpcUrl, [{ method: "anvil_mine", params: ["0x1"] }]);
  }
  const [pool] = (await rpcBatch(chain.anvil.rpcUrl, [{ method: "txpool_status", params: [] }])) as [
    { pending: Hex; queued: Hex },
  ];
  if (Number(pool.pending) + Number(pool.queued) > 0)
    throw new Error(`transactions left in the pool: ${JSON.stringify(pool)}`);
  await chain.rpc("evm_setAutomine", [true]);
  // Ponder backfills only up to the finalized block (anvil: head - 64) and reports /ready then; the empty
  // blocks on top put every log below it, so both indexers read the same logs as backfill.
  await rpcBatch(chain.anvil.rpcUrl, [{ method: "anvil_mine", params: ["0x64"] }]);
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function runOurs(chain: LocalChain): Promise<{ seconds: number; logs: number }> {
  const db = await createTestDatabase();
  try {
    await db.prisma.organization.create({
      data: { id: chain.organizationId, name: "Bench", status: "active" },
    });
    const client = createPublicClient({
      transport: http(chain.anvil.rpcUrl, { retryCount: 0 }),
    }) as PublicClient;
    const state = { range: 2_000 };
    const started = performance.now();
    for (;;) {
      const step = await indexOnce({
        db,
        client,
        chainId: 31337,
        deployment: chain.deployment,
        confirmations: 2,
        maxRange: 2_000,
        state,
      });
      if (step.kind === "caughtUp") break;
    }
    const seconds = (performance.now() - started) / 1000;
    return { seconds, logs: await db.prisma.chainLog.count() };
  } finally {
    await db.drop();
  }
}

const ponderSchema = `import { onchainTable } from "ponder";
export const chainLog = onchainTable("chain_log", (t) => ({
  id: t.text().primaryKey(),
  name: t.text().notNull(),
  txHash: t.hex().notNull(),
  blockNumber: t.bigint().notNull(),
  blockHash: t.hex().notNull(),
  args: t.json().notNull(),
}));
`;

const ponderHandlers = (events: string[]) => `import { ponder } from "ponder:registry";
import { chainLog } from "ponder:schema";
const plain = (value) => JSON.parse(JSON.stringify(value, (_, v) => (typeof v === "bigint" ? v.toString() : v)));
${events
  .map(
    (name) => `ponder.on("${name}", async ({ event, context }) => {
  await context.db.insert(chainLog).values({
    id: event.id,
    name: "${name}",
    txHash: event.transaction.hash,
    blockNumber: event.block.number,
    blockHash: event.block.hash,
    args: plain(event.args),
  });
});`,
  )
  .join("\n")}
`;

async function runPonder(
  chain: LocalChain,
  head: bigint,
): Promise<{ seconds: number; logs: number; backfillSeconds: number }> {
  const database = `tracemark_bench_ponder_${Date.now()}`;
  await adminQuery(`CREATE DATABASE ${database}`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const dir = join(root, "node_modules", ".cache", "tracemark-bench-ponder");
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, "src"), { recursive: true });
  const { deployment } = chain;
  const start = deployment.startBlock;
  await writeFile(
    join(dir, "package.json"),
    JSON.stringify({ name: "bench-ponder", private: true, type: "module" }),
  );
  await writeFile(
    join(dir, "ponder.config.ts"),
    `import { createConfig } from "ponder";
export default createConfig({
  database: { kind: "postgres", connectionString: ${JSON.stringify(url.toString())} },
  chains: { anvil: { id: 31337, rpc: ${JSON.stringify(chain.anvil.rpcUrl)}, disableCache: true } },
  contracts: {
    TracemarkRegistry: {
      chain: "anvil",
      abi: ${JSON.stringify(tracemarkRegistryAbi)},
      address: ${JSON.stringify(deployment.contracts.TracemarkRegistry.address)},
      startBlock: ${start},
      endBlock: ${head},
    },
    TracemarkAuditResolver: {
      chain: "anvil",
      abi: ${JSON.stringify(tracemarkAuditResolverAbi)},
      address: ${JSON.stringify(deployment.contracts.TracemarkAuditResolver.address)},
      startBlock: ${start},
      endBlock: ${head},
    },
    EAS: {
      chain: "anvil",
      abi: ${JSON.stringify(easAbi)},
      address: ${JSON.stringify(deployment.contracts.EAS.address)},
      startBlock: ${start},
      endBlock: ${head},
      filter: [
        { event: "Attested", args: { schemaUID: ${JSON.stringify(deployment.auditSchemaUid)} } },
        { event: "Revoked", args: { schemaUID: ${JSON.stringify(deployment.auditSchemaUid)} } },
      ],
    },
  },
});
`,
  );
  await writeFile(join(dir, "ponder.schema.ts"), ponderSchema);
  await mkdir(join(dir, "src", "api"), { recursive: true });
  await writeFile(
    join(dir, "src", "api", "index.ts"),
    `import { Hono } from "hono";\nexport default new Hono();\n`,
  );
  const events = (name: string, abi: readonly { type: string; name?: string }[]) =>
    abi.filter((item) => item.type === "event").map((item) => `${name}:${item.name}`);
  await writeFile(
    join(dir, "src", "index.ts"),
    ponderHandlers([
      ...events("TracemarkRegistry", tracemarkRegistryAbi),
      ...events("TracemarkAuditResolver", tracemarkAuditResolverAbi),
      "EAS:Attested",
      "EAS:Revoked",
    ]),
  );
  const port = 42_000 + Math.floor(Math.random() * 1000);
  const started = performance.now();
  const child: ChildProcess = spawn(
    join(root, "node_modules", ".bin", "ponder"),
    ["start", "--root", dir, "--schema", "bench", "--port", String(port), "--log-format", "json"],
    {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, PONDER_TELEMETRY_DISABLED: "true" },
    },
  );
  let output = "";
  const watch = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on("data", watch);
  child.stderr?.on("data", watch);
  try {
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`ponder exited with ${child.exitCode}:\n${output.slice(-4000)}`);
      const ready = await fetch(`http://127.0.0.1:${port}/ready`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ready) break;
      if (performance.now() - started > 1_800_000)
        throw new Error(`ponder not ready in 30 min:\n${output.slice(-4000)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM bench.chain_log");
    await client.end();
    // Ponder's own measure of its backfill (from "Started backfill indexing"), without its start-up (build, schema).
    const completed = output
      .split("\n")
      .map((line) => (line.startsWith("{") ? (JSON.parse(line) as { msg?: string; duration?: number }) : {}))
      .find((line) => line.msg === "Completed backfill indexing across all chains");
    return { seconds, logs: Number(rows[0]?.n), backfillSeconds: (completed?.duration ?? Number.NaN) / 1000 };
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (child.exitCode === null) child.kill("SIGKILL");
    await writeFile(join(dir, "ponder.log"), output);
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

const chain = await startLocalChain(["--gas-limit", "400000000"]);
try {
  const generating = performance.now();
  await generate(chain);
  const head = await chain.client.getBlockNumber({ cacheTime: 0 });
  console.log(
    `chain: ${head} blocks, ${LOGS} transactions generated in ${((performance.now() - generating) / 1000).toFixed(1)} s`,
  );
  const ours = await runOurs(chain);
  console.log(
    `tracemark indexer: ${ours.logs} logs in ${ours.seconds.toFixed(2)} s = ${(ours.logs / ours.seconds).toFixed(0)} logs/s`,
  );
  const ponder = await runPonder(chain, head);
  const version = JSON.parse(await readFile(join(root, "node_modules/ponder/package.json"), "utf8")).version;
  console.log(
    `ponder ${version}: ${ponder.logs} logs, backfill ${ponder.backfillSeconds.toFixed(2)} s = ${(ponder.logs / ponder.backfillSeconds).toFixed(0)} logs/s (${ponder.seconds.toFixed(2)} s from spawn to /ready)`,
  );
  const ratio = ours.logs / ours.seconds / (ponder.logs / ponder.backfillSeconds);
  console.log(`ratio ours / ponder (backfill throughput): ${ratio.toFixed(2)}x (target ≥ 3x)`);
  await mkdir(join(root, "bench", "results"), { recursive: true });
  await writeFile(
    join(root, "bench", "results", "pipeline-indexer.json"),
    `${JSON.stringify({ logs: LOGS, blocks: Number(head), ours, ponder, ratio }, null, 2)}\n`,
  );
} finally {
  await chain.stop();
  await postgres?.stop();
}
