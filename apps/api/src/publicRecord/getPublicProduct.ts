import type { Database } from "@tracemark/db";
import { NotFoundError } from "../errors/domain.ts";

export type GetPublicProductParameters = { gtin: string };
export type GetPublicProductReturnType = {
  gtin: string;
  name: string;
  description: string | null;
  category: string | null;
  imageUrls: string[];
  organization: { name: string };
  /** The owner's lots with a record to show (at least one event of the owner), newest first. */
  lots: { lotCode: string; productionDate: string | null; expiryDate: string | null; recalled: boolean }[];
};

/** At most this many lots are listed, the newest. */
export const PUBLIC_PRODUCT_MAX_LOTS = 100;

const day = (date: Date | null) => (date === null ? null : date.toISOString().slice(0, 10));

/**
 * The public page of a product by its GTIN (`/01/{gtin}` without a lot): its name and description,
 * its owner's name, and the owner's lots that have a record (an event the owner recorded), newest
 * first, at most `PUBLIC_PRODUCT_MAX_LOTS`. Lots without any event are drafts and not listed. Nothing
 * private: no ids, quantities, users or other organisations' data. `NotFoundError` when no product
 * has the GTIN.
 *
 * @example
 * const product = await getPublicProduct(db, { gtin: "09520123456788" });
 */
export async function getPublicProduct(
  db: Database,
  { gtin }: GetPublicProductParameters,
): Promise<GetPublicProductReturnType> {
  const product = await db.prisma.product.findUnique({
    where: { gtin },
    select: {
      id: true,
      gtin: true,
      name: true,
      description: true,
      category: true,
      imageUrls: true,
      organizationId: true,
      organization: { select: { name: true } },
    },
  });
  if (!product) throw new NotFoundError(`No product has the GTIN ${gtin}.`);
  const lots = await db.prisma.lot.findMany({
    where: {
      productId: product.id,
      organizationId: product.organizationId,
      events: { some: { organizationId: product.organizationId } },
    },
    orderBy: [{ createdAt: "desc" }, { lotCode: "asc" }],
    take: PUBLIC_PRODUCT_MAX_LOTS,
    select: { lotCode: true, productionDate: true, expiryDate: true, recallState: true },
  });
  return {
    gtin: product.gtin,
    name: product.name,
    description: product.description,
    category: product.category,
    imageUrls: product.imageUrls,
    organization: { name: product.organization.name },
    lots: lots.map((l) => ({
      lotCode: l.lotCode,
      productionDate: day(l.productionDate),
      expiryDate: day(l.expiryDate),
      recalled: l.recallState === "recalled",
    })),
  };
}
