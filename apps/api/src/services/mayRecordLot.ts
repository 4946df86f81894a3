import { Prisma } from "@tracemark/db";

/**
 * The SQL condition that an organisation's events belong to a lot's record: `lot` is no lot, or
 * the organisation owns it, or the lot was shipped to it (a pending or completed custody
 * transfer). `storeEvents` writes by this rule; the read side (public record, trace) applies it
 * too, so events stored before the rule never show in another organisation's record.
 *
 * @example
 * Prisma.sql`SELECT … FROM events e JOIN event_identifiers i ON … WHERE ${mayRecordLot(Prisma.sql`e."organizationId"`, Prisma.sql`i."lotId"`)}`
 */
export function mayRecordLot(organizationId: Prisma.Sql, lotId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${lotId} IS NULL
    OR EXISTS (SELECT 1 FROM lots rl WHERE rl.id = ${lotId} AND rl."organizationId" = ${organizationId})
    OR EXISTS (SELECT 1 FROM custody_transfers rc WHERE rc."lotId" = ${lotId} AND rc."toOrgId" = ${organizationId}
               AND rc.status IN ('pending', 'completed')))`;
}
