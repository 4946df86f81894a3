import type { Database, Prisma } from "@tracemark/db";
import { ConflictError, NotFoundError } from "../../errors/domain.ts";
import { rethrowUniqueViolation } from "../../errors/uniqueViolation.ts";
import { paginate } from "../../util/paginate.ts";

export const productSelect = {
  id: true,
  gtin: true,
  name: true,
  description: true,
  imageUrls: true,
  category: true,
  commodity: true,
  variety: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type ProductInput = {
  name: string;
  description?: string | null | undefined;
  imageUrls?: string[] | undefined;
  category?: string | null | undefined;
  commodity?: string | null | undefined;
  variety?: string | null | undefined;
};

/**
 * Registers a product under a GTIN (already validated and normalised to 14 digits). A GTIN is
 * registered once across Tracemark: a taken GTIN is a `ConflictError` that says nothing about who holds it.
 *
 * @example
 * await createProduct(db, orgId, { gtin: "09506000134352", name: "Olive oil 1 l" })
 */
export async function createProduct(
  db: Database,
  organizationId: string,
  data: ProductInput & { gtin: string },
) {
  try {
    return await db.prisma.product.create({
      data: {
        organizationId,
        gtin: data.gtin,
        name: data.name,
        description: data.description ?? null,
        imageUrls: data.imageUrls ?? [],
        category: data.category ?? null,
        commodity: data.commodity ?? null,
        variety: data.variety ?? null,
      },
      select: productSelect,
    });
  } catch (error) {
    rethrowUniqueViolation(
      error,
      () =>
        new ConflictError("This GTIN is already registered.", {
          errors: [{ field: "body.gtin", message: "is already registered" }],
        }),
    );
  }
}

/** One of the organisation's products, or `NotFoundError`. */
export async function getProduct(db: Database, organizationId: string, productId: string) {
  const product = await db.prisma.product.findFirst({
    where: { id: productId, organizationId },
    select: productSelect,
  });
  if (!product) throw new NotFoundError("No product with this id in this organisation.");
  return product;
}

/** Updates a product's descriptive fields (the GTIN is its identity and does not change). */
export async function updateProduct(
  db: Database,
  organizationId: string,
  productId: string,
  data: Partial<ProductInput>,
) {
  return db.prisma.$transaction(async (tx) => {
    const { count } = await tx.product.updateMany({ where: { id: productId, organizationId }, data });
    if (count === 0) throw new NotFoundError("No product with this id in this organisation.");
    return tx.product.findUniqueOrThrow({ where: { id: productId }, select: productSelect });
  });
}

/**
 * The organisation's products, newest first: `q` matches the name (case-insensitive) or part of
 * the GTIN, `category` filters exactly.
 */
export async function listProducts(
  db: Database,
  organizationId: string,
  query: {
    q?: string | undefined;
    category?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  },
) {
  const digits = query.q?.match(/^\d+$/)?.[0];
  const where: Prisma.ProductWhereInput = {
    organizationId,
    ...(query.category ? { category: query.category } : {}),
    ...(query.q
      ? {
          OR: [
            { name: { contains: query.q, mode: "insensitive" } },
            ...(digits ? [{ gtin: { contains: digits } }] : []),
          ],
        }
      : {}),
  };
  return paginate(query, (page) =>
    db.prisma.product.findMany({
      where,
      select: productSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...page,
    }),
  );
}
