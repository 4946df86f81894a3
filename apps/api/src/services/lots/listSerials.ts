import type { Database } from "@tracemark/db";
import { NotFoundError } from "../../errors/domain.ts";
import { paginate } from "../../util/paginate.ts";

/**
 * A page of a lot's serialised items, in serial order; `NotFoundError` if the lot is not the organisation's.
 *
 * @example
 * await listSerials(db, { organizationId, lotId, limit: 100 })
 */
export async function listSerials(
  db: Database,
  parameters: { organizationId: string; lotId: string; limit: number; cursor?: string | undefined },
) {
  const { organizationId, lotId } = parameters;
  const lot = await db.prisma.lot.findFirst({ where: { id: lotId, organizationId }, select: { id: true } });
  if (!lot) throw new NotFoundError("No lot with this id in this organisation.");
  return paginate(parameters, (page) =>
    db.prisma.serialItem.findMany({
      where: { lotId, organizationId },
      select: { id: true, serial: true, lotId: true, createdAt: true },
      orderBy: [{ serial: "asc" }, { id: "asc" }],
      ...page,
    }),
  );
}
