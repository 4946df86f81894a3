import { Prisma } from "@tracemark/db";

/**
 * Rethrows `error`: as `conflict()` when it is a unique violation (Prisma's P2002: the row would
 * repeat a value that must be unique), else as it is.
 *
 * @example
 * try {
 *   await db.prisma.product.create({ data });
 * } catch (error) {
 *   rethrowUniqueViolation(error, () => new ConflictError("This GTIN is already registered."));
 * }
 */
export function rethrowUniqueViolation(error: unknown, conflict: () => Error): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw conflict();
  throw error;
}
