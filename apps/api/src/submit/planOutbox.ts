import { callsForOutboxItem } from "./chainCalls.ts";
import { queueTransaction } from "./queueTransaction.ts";
import type { SubmitterContext } from "./submitterContext.ts";

/**
 * Turns ready outbox items (recalls, attestations, admissions, accreditations, …) into queued
 * transactions, one item per database transaction. An item waits while what it depends on has
 * not been queued yet: an organisation's admission comes before anything done in its name, an
 * auditor's accreditation before their attestations (same signer, so nonces keep that order), and
 * an auditor's attestations and revocations in the order they were accepted, which is the order of
 * their EAS nonces (see `nextEasNonce`): one waiting holds back the auditor's later ones.
 * Returns how many items were planned.
 */
export async function planOutbox(ctx: SubmitterContext, limit = 100): Promise<number> {
  let planned = 0;
  while (planned < limit) {
    const done = await ctx.db.prisma.$transaction(async (tx) => {
      const [item] = await tx.$queryRaw<{ id: bigint; kind: string; refId: string }[]>`
        SELECT o.id, o.kind, o."refId" FROM outbox o
        WHERE o."doneAt" IS NULL
          AND (o."organizationId" IS NULL OR o.kind = 'admit_organisation' OR NOT EXISTS (
            SELECT 1 FROM outbox a WHERE a.kind = 'admit_organisation' AND a."organizationId" = o."organizationId"
              AND a."doneAt" IS NULL AND a.id <> o.id))
          AND (o.kind <> 'attestation' OR NOT EXISTS (
            SELECT 1 FROM outbox a JOIN auditors au ON au.id = a."refId" JOIN attestations t ON t.id = o."refId"
            WHERE a.kind = 'accredit_auditor' AND a."doneAt" IS NULL AND au."walletAddress" = t."auditorAddress"))
          AND (o.kind NOT IN ('attestation', 'revocation') OR NOT EXISTS (
            SELECT 1 FROM outbox e JOIN attestations et ON et.id = e."refId" JOIN attestations t ON t.id = o."refId"
            WHERE e.kind IN ('attestation', 'revocation') AND e."doneAt" IS NULL AND e.id < o.id
              AND et."auditorAddress" = t."auditorAddress"))
        ORDER BY o.id
        LIMIT 1
        FOR UPDATE OF o SKIP LOCKED`;
      if (!item) return false;
      const calls = await callsForOutboxItem(tx, item, ctx.deployment, ctx.account.address);
      for (const call of calls)
        await queueTransaction(tx, ctx, { kind: item.kind, refId: String(item.id), call });
      await tx.outboxItem.update({
        where: { id: item.id },
        data: { doneAt: new Date(), attempts: { increment: 1 } },
      });
      return true;
    });
    if (!done) break;
    planned += 1;
  }
  return planned;
}
