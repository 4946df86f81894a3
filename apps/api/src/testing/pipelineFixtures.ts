import { randomBytes, randomUUID } from "node:crypto";
import { createTestDatabase, type Database } from "@tracemark/db";
import { tracemarkRegistryAbi } from "@tracemark/sdk";
import { createPublicClient, type Hex, http, type PublicClient } from "viem";
import { chainOrgIdOf } from "../services/orgs/platform.ts";
import type { SubmitterContext } from "../submit/submitterContext.ts";
import { startDeployedChain } from "./deployedChain.ts";

/** A logger that says nothing, for the submitter under test. */
export const silentLogger = { info() {}, warn() {}, error() {}, debug() {} };

/**
 * A fresh test database and a fresh local chain with Tracemark's contracts, a client of the chain
 * and a raw JSON-RPC call to it (e.g. `evm_setAutomine`). The caller drops and stops them.
 *
 * @example
 * const { db, chain, client, rpc } = await deployedChainAndDatabase()
 */
export async function deployedChainAndDatabase() {
  const [db, chain] = await Promise.all([createTestDatabase(), startDeployedChain()]);
  const client = createPublicClient({ transport: http(chain.anvil.rpcUrl) });
  const rpc = (method: string, params: unknown[] = []) =>
    client.request({ method, params } as never) as Promise<unknown>;
  return { db, chain, client, rpc };
}

/** An organisation admitted in Tracemark, its on-chain admission waiting in the outbox. */
export async function createAdmittedOrg(db: Database): Promise<string> {
  const org = await db.prisma.organization.create({ data: { name: `Org ${randomUUID().slice(0, 6)}` } });
  await db.prisma.$transaction([
    db.prisma.organization.update({
      where: { id: org.id },
      data: { status: "active", chainOrgId: chainOrgIdOf(org.id) },
    }),
    db.prisma.outboxItem.create({
      data: { kind: "admit_organisation", organizationId: org.id, refId: org.id },
    }),
  ]);
  return org.id;
}

/** Pending events as capture leaves them; only what the pipeline reads is filled in. */
export async function insertPendingEvents(
  db: Database,
  organizationId: string,
  count: number,
): Promise<{ id: string; leaf: Hex }[]> {
  const rows = Array.from({ length: count }, () => {
    const leaf = `0x${randomBytes(32).toString("hex")}` as Hex;
    return {
      id: randomUUID(),
      organizationId,
      eventHash: `ni:///sha-256;${leaf.slice(2)}?ver=CBV2.0`,
      leaf,
      type: "ObjectEvent",
      eventTime: new Date(),
      eventTimeZoneOffset: "+00:00",
      document: {},
    };
  });
  await db.prisma.event.createMany({ data: rows });
  return rows.map(({ id, leaf }) => ({ id, leaf }));
}

/** The key of `anchorsOnChain`: anchors are per organisation and root. */
export const onChainAnchorKey = (organizationId: string, root: string): string =>
  `${chainOrgIdOf(organizationId)}:${root.toLowerCase()}`;

/**
 * The chain's anchor logs (BatchAnchored, EventAnchored) of the registry at `registry`, each with
 * what it anchors (the batch's root or the event's hash) and its organisation, lower-case.
 */
export async function anchorLogs(chain: PublicClient, registry: Hex) {
  const logs = await chain.getContractEvents({ address: registry, abi: tracemarkRegistryAbi, fromBlock: 0n });
  return logs.flatMap((log) => {
    const args = log.args as { orgId?: Hex; root?: Hex; eventHash?: Hex };
    const anchored =
      log.eventName === "BatchAnchored"
        ? args.root
        : log.eventName === "EventAnchored"
          ? args.eventHash
          : undefined;
    if (!anchored) return [];
    return [
      {
        orgId: args.orgId?.toLowerCase(),
        anchored: anchored.toLowerCase(),
        blockNumber: log.blockNumber,
        blockHash: log.blockHash,
      },
    ];
  });
}

/**
 * How many anchor logs the chain holds per organisation and root (BatchAnchored) or event hash
 * (EventAnchored), keyed by `onChainAnchorKey`.
 */
export async function anchorsOnChain(chain: PublicClient, registry: Hex): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const { orgId, anchored } of await anchorLogs(chain, registry)) {
    if (!orgId) continue;
    const orgKey = `${orgId}:${anchored}`;
    counts.set(orgKey, (counts.get(orgKey) ?? 0) + 1);
  }
  return counts;
}

/**
 * Asserts the database agrees with the chain for these events: each is in exactly one batch, the
 * batch's root (or single event) is anchored exactly once on chain by its organisation, and
 * each proof verifies on chain. Throws with what differs.
 */
export async function expectAnchoredExactlyOnce(
  ctx: Pick<SubmitterContext, "db" | "deployment">,
  chain: PublicClient,
  events: { id: string }[],
): Promise<void> {
  const registry = ctx.deployment.contracts.TracemarkRegistry.address;
  const counts = await anchorsOnChain(chain, registry);
  const rows = await ctx.db.prisma.$queryRaw<
    {
      id: string;
      organizationId: string;
      leaf: Hex;
      proof: Hex[];
      root: Hex | null;
      eventCount: number | null;
      chainId: number | null;
    }[]
  >`
    SELECT e.id, e."organizationId", e.leaf, event_proof(b.tree, e."treeNode", e.proof) AS proof, b.root, b."eventCount", b."chainId"
    FROM events e LEFT JOIN anchor_batches b ON b.id = e."batchId"
    WHERE e.id = ANY(${events.map((e) => e.id)}::uuid[])`;
  if (rows.length !== events.length)
    throw new Error(`${events.length - rows.length} accepted events are missing`);
  for (const row of rows) {
    const { root } = row;
    if (root === null) throw new Error(`event ${row.id} is in no batch`);
    const anchored = counts.get(onChainAnchorKey(row.organizationId, root)) ?? 0;
    if (anchored !== 1) throw new Error(`batch ${root} is anchored ${anchored} times by its organisation`);
    if (row.chainId !== ctx.deployment.chainId)
      throw new Error(`batch ${root} records chain ${row.chainId}, anchored on ${ctx.deployment.chainId}`);
    if (row.eventCount === 1) continue;
    // Only the organisation's own anchor of the root counts (verifyEvent is false for anyone else's).
    const ok = await chain.readContract({
      address: registry,
      abi: tracemarkRegistryAbi,
      functionName: "verifyEvent",
      args: [chainOrgIdOf(row.organizationId), root, row.leaf, row.proof],
    });
    if (!ok) throw new Error(`event ${row.id}'s proof does not verify against its organisation's anchor`);
  }
}
