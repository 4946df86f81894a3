import type { Database, Prisma, RecallState } from "@tracemark/db";
import { buildDigitalLink } from "@tracemark/sdk";
import { ConflictError, InvalidInputError, NotFoundError } from "../../errors/domain.ts";
import { rethrowUniqueViolation } from "../../errors/uniqueViolation.ts";
import { paginate } from "../../util/paginate.ts";
import { checkField } from "../identifiers/gs1.ts";
import { lotNotOwned, receivedBy } from "./lotAccess.ts";

/** A lot with its product and the latest hand-over of it to `viewer` (none for its owner). */
const lotInclude = (viewer: string) =>
  ({
    product: { select: { gtin: true, name: true } },
    transfers: {
      where: { toOrgId: viewer, status: { in: ["pending", "completed"] } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 1,
      select: {
        id: true,
        status: true,
        createdAt: true,
        completedAt: true,
        fromOrg: { select: { id: true, name: true } },
      },
    },
  }) satisfies Prisma.LotInclude;
type LotRow = Prisma.LotGetPayload<{ include: ReturnType<typeof lotInclude> }>;

/**
 * A lot as the API shows it to `viewer`: dates as `YYYY-MM-DD`, the quantity as a decimal string,
 * and, when `viewer` received it rather than owns it, `receivedFrom`: who handed it over, when, and
 * whether the hand-over is still pending or completed.
 */
export function toLot(row: LotRow, viewer: string) {
  const transfer = row.organizationId === viewer ? undefined : row.transfers[0];
  return {
    id: row.id,
    productId: row.productId,
    gtin: row.product.gtin,
    productName: row.product.name,
    lotCode: row.lotCode,
    productionDate: row.productionDate ? isoDate(row.productionDate) : null,
    expiryDate: row.expiryDate ? isoDate(row.expiryDate) : null,
    quantity: row.quantity === null ? null : row.quantity.toString(),
    unit: row.unit,
    recallState: row.recallState,
    receivedFrom: transfer
      ? {
          organizationId: transfer.fromOrg.id,
          name: transfer.fromOrg.name,
          transferId: transfer.id,
          status: transfer.status as "pending" | "completed",
          shippedAt: transfer.createdAt,
          completedAt: transfer.completedAt,
        }
      : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const toDate = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : new Date(`${value}T00:00:00Z`);

export type LotFields = {
  productionDate?: string | null | undefined;
  expiryDate?: string | null | undefined;
  quantity?: string | null | undefined;
  unit?: string | null | undefined;
};

function checkDates(production: Date | null | undefined, expiry: Date | null | undefined) {
  if (production && expiry && expiry < production) {
    throw new InvalidInputError("body.expiryDate: must not be before the production date", {
      errors: [{ field: "body.expiryDate", message: "must not be before the production date" }],
    });
  }
}

/**
 * Creates a lot of one of the organisation's products. The lot code must be a valid GS1 AI (10)
 * value (the SDK's Digital Link rules), unique per product.
 *
 * @example
 * await createLot(db, orgId, productId, { lotCode: "L-2026-03", productionDate: "2026-03-01" })
 */
export async function createLot(
  db: Database,
  organizationId: string,
  productId: string,
  data: LotFields & { lotCode: string },
) {
  const product = await db.prisma.product.findFirst({ where: { id: productId, organizationId } });
  if (!product) throw new NotFoundError("No product with this id in this organisation.");
  checkField("body.lotCode", () => buildDigitalLink({ gtin: product.gtin, lot: data.lotCode }));
  const productionDate = toDate(data.productionDate) ?? null;
  const expiryDate = toDate(data.expiryDate) ?? null;
  checkDates(productionDate, expiryDate);
  try {
    const lot = await db.prisma.lot.create({
      data: {
        organizationId,
        productId,
        lotCode: data.lotCode,
        productionDate,
        expiryDate,
        quantity: data.quantity ?? null,
        unit: data.unit ?? null,
      },
      include: lotInclude(organizationId),
    });
    return toLot(lot, organizationId);
  } catch (error) {
    rethrowUniqueViolation(
      error,
      () =>
        new ConflictError("This product already has a lot with this code.", {
          errors: [{ field: "body.lotCode", message: "already exists for this product" }],
        }),
    );
  }
}

/** One of the organisation's lots, or one shipped to it (with `receivedFrom`), or `NotFoundError`. */
export async function getLot(db: Database, organizationId: string, lotId: string) {
  const lot = await db.prisma.lot.findFirst({
    where: { id: lotId, OR: [{ organizationId }, receivedBy(organizationId)] },
    include: lotInclude(organizationId),
  });
  if (!lot) throw new NotFoundError("No lot with this id in this organisation.");
  return toLot(lot, organizationId);
}

/** Updates a lot's dates, quantity and unit (its code is part of its identity and does not change). */
export async function updateLot(db: Database, organizationId: string, lotId: string, data: LotFields) {
  return db.prisma.$transaction(async (tx) => {
    const lot = await tx.lot.findFirst({ where: { id: lotId, organizationId } });
    if (!lot) throw await lotNotOwned(tx, organizationId, lotId);
    const productionDate = toDate(data.productionDate);
    const expiryDate = toDate(data.expiryDate);
    checkDates(
      productionDate === undefined ? lot.productionDate : productionDate,
      expiryDate === undefined ? lot.expiryDate : expiryDate,
    );
    const updated = await tx.lot.update({
      where: { id: lot.id },
      data: {
        ...(productionDate !== undefined ? { productionDate } : {}),
        ...(expiryDate !== undefined ? { expiryDate } : {}),
        ...(data.quantity !== undefined ? { quantity: data.quantity } : {}),
        ...(data.unit !== undefined ? { unit: data.unit } : {}),
      },
      include: lotInclude(organizationId),
    });
    return toLot(updated, organizationId);
  });
}

export type ListLotsQuery = {
  productId?: string | undefined;
  q?: string | undefined;
  recallState?: RecallState | undefined;
  producedFrom?: string | undefined;
  producedTo?: string | undefined;
  expiresFrom?: string | undefined;
  expiresTo?: string | undefined;
  limit: number;
  cursor?: string | undefined;
};

/**
 * The organisation's lots and the lots shipped to it (with `receivedFrom`), newest first, by
 * product, lot code (part), recall state and date ranges (inclusive).
 */
export async function listLots(db: Database, organizationId: string, query: ListLotsQuery) {
  const range = (from: string | undefined, to: string | undefined) =>
    from || to
      ? {
          ...(from ? { gte: new Date(`${from}T00:00:00Z`) } : {}),
          ...(to ? { lte: new Date(`${to}T00:00:00Z`) } : {}),
        }
      : undefined;
  const productionDate = range(query.producedFrom, query.producedTo);
  const expiryDate = range(query.expiresFrom, query.expiresTo);
  const where: Prisma.LotWhereInput = {
    OR: [{ organizationId }, receivedBy(organizationId)],
    ...(query.productId ? { productId: query.productId } : {}),
    ...(query.q ? { lotCode: { contains: query.q, mode: "insensitive" } } : {}),
    ...(query.recallState ? { recallState: query.recallState } : {}),
    ...(productionDate ? { productionDate } : {}),
    ...(expiryDate ? { expiryDate } : {}),
  };
  const result = await paginate(query, (page) =>
    db.prisma.lot.findMany({
      where,
      include: lotInclude(organizationId),
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...page,
    }),
  );
  return { items: result.items.map((row) => toLot(row, organizationId)), nextCursor: result.nextCursor };
}
