import type { Database } from "@tracemark/db";
import { NotFoundError } from "../errors/domain.ts";
import { receivedBy } from "../services/lots/lotAccess.ts";
import { type GetPublicRecordReturnType, getPublicRecord } from "./getPublicRecord.ts";

export type GetPartnerRecordParameters = { organizationId: string; lotId: string; chainId: number };

/**
 * A lot's record as the organisations entitled to it see it: its owner and the organisations it was
 * shipped to (`receivedBy`), `NotFoundError` for anyone else. Its public events, its partners'
 * `partners` events and the asker's own, each shown whole with its salts and GS1 event hash, so
 * `verifyRecord` checks every field and every event hash; other organisations' private events stay
 * hidden steps.
 *
 * @example
 * const record = await getPartnerRecord(db, { organizationId, lotId, chainId: 31337 });
 */
export async function getPartnerRecord(
  db: Database,
  { organizationId, lotId, chainId }: GetPartnerRecordParameters,
): Promise<GetPublicRecordReturnType> {
  const lot = await db.prisma.lot.findFirst({
    where: { id: lotId, OR: [{ organizationId }, receivedBy(organizationId)] },
    select: { lotCode: true, product: { select: { gtin: true } } },
  });
  if (!lot) throw new NotFoundError("No lot with this id in this organisation.");
  return getPublicRecord(db, {
    gtin: lot.product.gtin,
    lot: lot.lotCode,
    chainId,
    revealAll: true,
    partnerId: organizationId,
  });
}
