import { createMerkleBatch } from "@tracemark/sdk";
import type { Hex } from "viem";
import { advisoryLockKey } from "../background/holdAdvisoryLock.ts";
import { registryIdOf } from "../services/orgs/platform.ts";
import { keccak256Wasm } from "../util/keccak256Wasm.ts";
import { anchorBatchCall, anchorEventCall } from "./chainCalls.ts";
import { queueTransaction } from "./queueTransaction.ts";
import type { SubmitterContext } from "./submitterContext.ts";

/**
 * Cuts pending events into Merkle batches, per organisation, when an organisation has
 * `batchMaxEvents` waiting or its oldest has waited `batchWindowMs`; for each batch, in one
 * database transaction: the batch row with its Merkle tree, each event's batch and node in that
 * tree (from which its proof is read), and the queued anchor transaction. An organisation's
 * batches are cut one at a time (a transaction-level advisory lock per organisation, cheaper than
 * locking thousands of event rows), and an event is put in a batch only while it has none, so no
 * event is ever in two batches.
 * Only organisations admitted on chain (their admission queued) are batched. A batch of one event
 * is anchored with `anchorEvent` (half the gas; its "root" is the event's leaf, with no proof).
 * Returns how many batches were made.
 */
export async function planBatches(ctx: SubmitterContext): Promise<number> {
  const { batchMaxEvents, batchWindowMs } = ctx.config;
  const due = await ctx.db.prisma.$queryRaw<{ organizationId: string }[]>`
    SELECT e."organizationId" FROM events e
    JOIN organizations o ON o.id = e."organizationId"
    WHERE e."batchId" IS NULL AND o.status = 'active' AND o."chainOrgId" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM outbox a WHERE a.kind = 'admit_organisation' AND a."organizationId" = o.id AND a."doneAt" IS NULL)
    GROUP BY e."organizationId"
    HAVING count(*) >= ${batchMaxEvents} OR min(e."createdAt") <= now() - make_interval(secs => ${batchWindowMs / 1000})`;
  let batches = 0;
  for (const { organizationId } of due) {
    while (await planOneBatch(ctx, organizationId)) batches += 1;
  }
  return batches;
}

async function planOneBatch(ctx: SubmitterContext, organizationId: string): Promise<boolean> {
  return ctx.db.prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${advisoryLockKey(`batching:${organizationId}`)})`;
      const events = await tx.$queryRaw<{ id: string; leaf: Hex }[]>`
        SELECT id, leaf FROM events
        WHERE "organizationId" = ${organizationId}::uuid AND "batchId" IS NULL
        ORDER BY "createdAt"
        LIMIT ${ctx.config.batchMaxEvents}`;
      if (events.length === 0) return false;
      const single = events.length === 1;
      const { root, tree, nodes } = single
        ? { root: events[0]?.leaf as Hex, tree: null, nodes: [0] }
        : treeOf(events.map((event) => event.leaf));
      const batch = await tx.anchorBatch.create({
        data: {
          organizationId,
          root,
          tree,
          eventCount: events.length,
          status: "submitted",
          chainId: ctx.chainId,
        },
      });
      const assigned = await tx.$executeRaw`
        UPDATE events e SET "batchId" = ${batch.id}::uuid, "treeNode" = p.node
        FROM unnest(${events.map((event) => event.id)}::uuid[], ${nodes}::int[]) AS p(id, node)
        WHERE e.id = p.id AND e."batchId" IS NULL`;
      if (assigned !== events.length)
        throw new Error(`batch ${batch.id}: ${events.length - assigned} events were batched meanwhile`);
      const orgId = await registryIdOf(tx, organizationId);
      const call = single
        ? anchorEventCall(ctx.deployment, orgId, root)
        : anchorBatchCall(ctx.deployment, orgId, root, events.length);
      await queueTransaction(tx, ctx, { kind: "anchor_batch", refId: batch.id, call });
      return true;
    },
    { timeout: 60_000 },
  );
}

/** The batch's root, its tree as stored (32-byte nodes, root first) and each leaf's node in it. */
function treeOf(leaves: Hex[]): { root: Hex; tree: Uint8Array<ArrayBuffer>; nodes: number[] } {
  const batch = createMerkleBatch({ leaves, keccak256: keccak256Wasm });
  return { root: batch.root, tree: Buffer.concat(batch.nodes), nodes: batch.leafNodes };
}
