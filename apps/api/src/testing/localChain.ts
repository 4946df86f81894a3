import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import type { Database } from "@tracemark/db";
import {
  computeLotKey,
  type Deployment,
  easAbi,
  encodeAuditData,
  tracemarkAuditResolverAbi,
  tracemarkRegistryAbi,
} from "@tracemark/sdk";
import { type Anvil, type DevWallet, devWallet, startDeployedChain } from "@tracemark/testkit";
import {
  createPublicClient,
  type Hex,
  http,
  keccak256,
  type PublicClient,
  toHex,
  zeroAddress,
  zeroHash,
} from "viem";
import { foundry } from "viem/chains";
import { type IndexOnceParameters, type IndexOnceReturnType, indexOnce } from "../indexer/indexOnce.ts";
import { getLogs } from "../indexer/rpc.ts";
import { logSources } from "../indexer/sources.ts";
import { chainOrgIdOf } from "../services/orgs/platform.ts";

export type LocalChain = {
  anvil: Anvil;
  deployment: Deployment;
  client: PublicClient;
  registrar: DevWallet;
  writer: DevWallet;
  auditor: DevWallet;
  /** The organisation admitted on chain (its UUID; chain id `chainOrgIdOf(organizationId)`). */
  organizationId: string;
  rpc: <T = unknown>(method: string, params?: unknown[]) => Promise<T>;
  mine: (blocks?: number) => Promise<void>;
  /** Sends from a wallet and waits for the receipt (throws on revert). */
  send: (
    wallet: DevWallet,
    call: { address: Hex; abi: readonly unknown[]; functionName: string; args: readonly unknown[] },
  ) => Promise<Hex>;
  anchorBatch: (root: Hex, eventCount?: number) => Promise<Hex>;
  anchorEvent: (eventHash: Hex) => Promise<Hex>;
  declareRecall: (lotKey: Hex, reason: string) => Promise<Hex>;
  liftRecall: (lotKey: Hex, reason: string) => Promise<Hex>;
  /** The auditor attests in its own transaction under the audit schema; returns the UID. */
  attest: (request: AuditRequest) => Promise<{ hash: Hex; uid: Hex }>;
  revoke: (uid: Hex) => Promise<Hex>;
  /** Reverts the chain to its state right after setup. */
  reset: () => Promise<void>;
  stop: () => Promise<void>;
};

/** The EAS request fields of an audit attestation, as `attestations.delegated.message` stores them. */
export type AuditRequest = {
  schema: Hex;
  recipient: Hex;
  expirationTime: string;
  revocable: boolean;
  refUID: Hex;
  data: Hex;
  value: string;
  attester: Hex;
  deadline: string;
};

/** An audit attestation request about a lot of the chain's organisation. */
function auditRequestFor(chain: LocalChain, lotKey: Hex, claim: string): AuditRequest {
  return {
    schema: chain.deployment.auditSchemaUid,
    recipient: zeroAddress,
    expirationTime: "0",
    revocable: true,
    refUID: zeroHash,
    data: encodeAuditData({
      orgId: chainOrgIdOf(chain.organizationId),
      subjectKind: "lot",
      subject: lotKey,
      claim,
      evidenceHash: keccak256(toHex(claim)),
    }),
    value: "0",
    attester: chain.auditor.account.address.toLowerCase() as Hex,
    deadline: "0",
  };
}

/**
 * An attestation row about `lotId` (key `lotKey`) as the relay stores it before the chain: the audit
 * request for `claim` signed by the chain's auditor, in `status` (pending unless given). Returns the
 * row and the request, to attest on chain with `chain.attest(request)`.
 */
export async function insertRequestedAttestation(
  db: Database,
  chain: LocalChain,
  {
    lotId,
    lotKey,
    claim,
    status,
  }: { lotId: string; lotKey: Hex; claim: string; status?: "pending" | "submitted" },
) {
  const request = auditRequestFor(chain, lotKey, claim);
  const attestation = await db.prisma.attestation.create({
    data: {
      lotId,
      auditorAddress: chain.auditor.account.address,
      claim,
      evidenceHash: randomHash(),
      delegated: { message: request, signature: "0x" },
      ...(status ? { status } : {}),
    },
  });
  return { attestation, request };
}

/**
 * A real anvil (extra flags in `args`) with Tracemark's contracts deployed (the testkit's `startDeployedChain`),
 * one organisation admitted (a writer added) and one auditor accredited; `reset()` returns to that state.
 */
export async function startLocalChain(args: string[] = []): Promise<LocalChain> {
  const { anvil, deployment } = await startDeployedChain<Deployment>({ args });
  try {
    const client = createPublicClient({ chain: foundry, transport: http(anvil.rpcUrl) }) as PublicClient;
    const registrar = devWallet(anvil.rpcUrl, 0);
    const writer = devWallet(anvil.rpcUrl, 1);
    const auditor = devWallet(anvil.rpcUrl, 2);
    const rpc = <T>(method: string, params: unknown[] = []) =>
      client.request({ method, params } as never) as Promise<T>;
    const send: LocalChain["send"] = async (from, call) => {
      const hash = await from.writeContract(call as never);
      const receipt = await client.waitForTransactionReceipt({ hash, pollingInterval: 50 });
      if (receipt.status !== "success") throw new Error(`${call.functionName} reverted`);
      return hash;
    };
    const registry = deployment.contracts.TracemarkRegistry.address;
    const eas = deployment.contracts.EAS.address;
    const organizationId = randomUUID();
    const orgId = chainOrgIdOf(organizationId);
    const call = (functionName: string, args: readonly unknown[]) => ({
      address: registry,
      abi: tracemarkRegistryAbi,
      functionName,
      args,
    });
    await send(registrar, call("admitOrganisation", [orgId, writer.account.address, ""]));
    await send(writer, call("addWriter", [orgId, writer.account.address]));
    await send(registrar, {
      address: deployment.contracts.TracemarkAuditResolver.address,
      abi: tracemarkAuditResolverAbi,
      functionName: "accreditAuditor",
      args: [auditor.account.address, ""],
    });
    let snapshot = await rpc<Hex>("evm_snapshot");
    const chain: LocalChain = {
      anvil,
      deployment,
      client,
      registrar,
      writer,
      auditor,
      organizationId,
      rpc,
      mine: async (blocks = 1) => {
        await rpc("anvil_mine", [toHex(blocks)]);
      },
      send,
      anchorBatch: (root, eventCount = 1) =>
        send(writer, call("anchorBatch", [orgId, root, eventCount, zeroHash, ""])),
      anchorEvent: (eventHash) => send(writer, call("anchorEvent", [orgId, eventHash])),
      declareRecall: (lotKey, reason) =>
        send(writer, call("declareRecall", [orgId, lotKey, keccak256(toHex(reason))])),
      liftRecall: (lotKey, reason) =>
        send(writer, call("liftRecall", [orgId, lotKey, keccak256(toHex(reason))])),
      attest: async (request) => {
        const hash = await send(auditor, {
          address: eas,
          abi: easAbi,
          functionName: "attest",
          args: [
            {
              schema: request.schema,
              data: {
                recipient: request.recipient,
                expirationTime: BigInt(request.expirationTime),
                revocable: request.revocable,
                refUID: request.refUID,
                data: request.data,
                value: BigInt(request.value),
              },
            },
          ],
        });
        const receipt = await client.getTransactionReceipt({ hash });
        const log = receipt.logs.find((l) => l.address.toLowerCase() === eas.toLowerCase());
        return { hash, uid: log?.data.slice(0, 66) as Hex };
      },
      revoke: (uid) =>
        send(auditor, {
          address: eas,
          abi: easAbi,
          functionName: "revoke",
          args: [{ schema: deployment.auditSchemaUid, data: { uid, value: 0n } }],
        }),
      reset: async () => {
        await rpc("evm_revert", [snapshot]);
        snapshot = await rpc<Hex>("evm_snapshot");
      },
      stop: () => anvil.stop(),
    };
    return chain;
  } catch (error) {
    await anvil.stop();
    throw error;
  }
}

/**
 * Inserts the organisation of a local chain (and returns its id), so chain logs about it have a row to land on:
 * admitted before public ids, its registry id is its UUID's bytes (`chainOrgIdOf`), as the chain was set up.
 */
export async function insertOrganization(db: Database, organizationId: string): Promise<string> {
  await db.prisma.organization.create({
    data: {
      id: organizationId,
      name: "Alpine Dairy",
      status: "active",
      chainOrgId: chainOrgIdOf(organizationId),
    },
  });
  return organizationId;
}

/**
 * The indexer's parameters for `chain` and `db`: `confirmations` (2 unless given), ranges of at most
 * `range` blocks (2,000 unless given; the state starts there), read through `client` when given
 * (e.g. a fault proxy's) and the chain's own client otherwise.
 *
 * @example
 * await indexToHead(indexerParameters(db, chain, { confirmations: 10 }))
 */
export function indexerParameters(
  db: Database,
  chain: LocalChain,
  options: { confirmations?: number; range?: number; client?: PublicClient; reorgWindow?: number } = {},
): IndexOnceParameters {
  const range = options.range ?? 2_000;
  return {
    db,
    client: options.client ?? chain.client,
    chainId: 31337,
    deployment: chain.deployment,
    confirmations: options.confirmations ?? 2,
    maxRange: range,
    state: { range },
    reorgWindow: options.reorgWindow,
  };
}

/** Waits until the indexer's checkpoint in `db` is the chain's head block as it is now (`what` names the wait). */
export async function waitForIndexerAtHead(
  db: Database,
  chain: LocalChain,
  what: string,
  timeoutMs?: number,
): Promise<void> {
  const head = await chain.client.getBlock({ blockTag: "latest" });
  await waitFor(
    async () =>
      (await db.prisma.indexerCheckpoint.findUnique({ where: { chainId: 31337 } }))?.blockHash === head.hash,
    what,
    timeoutMs,
  );
}

/** Runs `indexOnce` until it reports being caught up with the head; returns the steps' kinds. */
export async function indexToHead(parameters: IndexOnceParameters): Promise<IndexOnceReturnType["kind"][]> {
  const kinds: IndexOnceReturnType["kind"][] = [];
  for (let step = 0; step < 10_000; step++) {
    const result = await indexOnce(parameters);
    kinds.push(result.kind);
    if (result.kind === "caughtUp") return kinds;
    if (result.kind === "deepReorg")
      throw new Error(`a reorg below every kept block hash: ${result.oldestKept}`);
  }
  throw new Error("the indexer did not catch up in 10,000 steps");
}

/** Waits until `check` returns true, polling; fails after `timeoutMs` (a hang guard, not a timing assertion). */
export async function waitFor(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Asserts the database equals the chain: the stored logs are exactly the chain's logs of the indexed contracts
 * (same blocks), the checkpoint is on the chain, and every derived row is on chain exactly when its log is.
 */
export async function assertDatabaseEqualsChain(db: Database, chain: LocalChain): Promise<void> {
  const checkpoint = await db.prisma.indexerCheckpoint.findUniqueOrThrow({ where: { chainId: 31337 } });
  const header = await chain.client.getBlock({ blockNumber: checkpoint.blockNumber });
  assert.equal(checkpoint.blockHash, header.hash, "checkpoint is on the chain");
  const sources = logSources(chain.deployment);
  const raw = await getLogs(
    chain.client,
    sources.filters,
    BigInt(chain.deployment.startBlock),
    checkpoint.blockNumber,
  );
  const onChain = raw.map(sources.decode).filter((log) => log !== undefined);
  const stored = await db.prisma.chainLog.findMany({
    orderBy: [{ blockNumber: "asc" }, { logIndex: "asc" }],
  });
  assert.deepEqual(
    stored.map((log) => [log.txHash, log.logIndex, log.blockHash, log.name, log.args]),
    onChain.map((log) => [log.txHash, log.logIndex, log.blockHash, log.name, log.args]),
    "chain_logs equal the chain's logs",
  );
  // The first anchor per organisation and root (or event hash): another organisation's anchor is not the batch's.
  const anchors = new Map<string, string>();
  for (const log of onChain) {
    const anchored =
      log.name === "TracemarkRegistry:BatchAnchored"
        ? log.args.root
        : log.name === "TracemarkRegistry:EventAnchored"
          ? log.args.eventHash
          : undefined;
    const key = `${String(log.args.orgId).toLowerCase()}:${String(anchored)}`;
    if (anchored !== undefined && !anchors.has(key)) anchors.set(key, log.txHash);
  }
  for (const batch of await db.prisma.anchorBatch.findMany({ include: { events: true } })) {
    const txHash = anchors.get(`${chainOrgIdOf(batch.organizationId)}:${batch.root}`);
    assert.equal(batch.txHash, txHash ?? null, `batch ${batch.root} tx`);
    assert.equal(
      ["anchored", "final"].includes(batch.status),
      txHash !== undefined,
      `batch ${batch.root} status`,
    );
    assert.equal(batch.events.length, batch.eventCount, `events of batch ${batch.root}`);
  }
  const declared = new Set(
    onChain.filter((l) => l.name === "TracemarkRegistry:RecallDeclared").map((l) => l.txHash),
  );
  for (const recall of await db.prisma.recall.findMany()) {
    assert.equal(
      recall.txHash !== null && declared.has(recall.txHash as Hex),
      ["anchored", "final"].includes(recall.chainStatus),
    );
  }
  const attested = new Set(onChain.filter((l) => l.name === "EAS:Attested").map((l) => String(l.args.uid)));
  const revoked = new Set(onChain.filter((l) => l.name === "EAS:Revoked").map((l) => String(l.args.uid)));
  for (const attestation of await db.prisma.attestation.findMany()) {
    const uid = attestation.uid ?? "";
    assert.equal(
      attested.has(uid),
      ["onchain", "revoked"].includes(attestation.status),
      `attestation ${uid}`,
    );
    assert.equal(revoked.has(uid), attestation.status === "revoked", `revocation of ${uid}`);
  }
}

/** A random bytes32. */
export function randomHash(): Hex {
  return keccak256(toHex(randomUUID()));
}

/** Inserts a submitted batch with `eventCount` submitted events, as the submitter leaves them before the chain. */
export async function insertSubmittedBatch(
  db: Database,
  parameters: { organizationId: string; root: Hex; eventCount?: number },
): Promise<string> {
  const count = parameters.eventCount ?? 1;
  const batch = await db.prisma.anchorBatch.create({
    data: {
      organizationId: parameters.organizationId,
      root: parameters.root,
      eventCount: count,
      status: "submitted",
    },
  });
  await db.prisma.event.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      organizationId: parameters.organizationId,
      eventHash: `ni:///sha-256;${randomHash().slice(2)}?ver=CBV2.0`,
      leaf: i === 0 && count === 1 ? parameters.root : randomHash(),
      type: "ObjectEvent",
      eventTime: new Date(),
      eventTimeZoneOffset: "+00:00",
      document: {},
      batchId: batch.id,
    })),
  });
  return batch.id;
}

/** Inserts a product and a lot of the organisation; returns the lot id and its on-chain key. */
export async function insertLot(
  db: Database,
  organizationId: string,
  lotCode: string,
): Promise<{ lotId: string; lotKey: Hex }> {
  const gtin = "09520123456788";
  const product = await db.prisma.product.upsert({
    where: { gtin },
    create: { organizationId, gtin, name: "Alpine cheese" },
    update: {},
  });
  const lot = await db.prisma.lot.create({ data: { organizationId, productId: product.id, lotCode } });
  return { lotId: lot.id, lotKey: computeLotKey({ gtin, lot: lotCode }) };
}
