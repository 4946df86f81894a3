import type { Database } from "@tracemark/db";
import { buildDigitalLink } from "@tracemark/sdk";
import { ConflictError, InvalidInputError } from "../../errors/domain.ts";
import { rethrowUniqueViolation } from "../../errors/uniqueViolation.ts";
import { checkField } from "../identifiers/gs1.ts";
import { lotNotOwned } from "./lotAccess.ts";

/** The most serials one request may create. */
export const MAX_SERIALS_PER_REQUEST = 10_000;

export type CreateSerialsParameters = {
  organizationId: string;
  lotId: string;
} & (
  | { serials: string[] }
  | { range: { prefix?: string | undefined; from: number; to: number; width?: number | undefined } }
);
export type CreateSerialsReturnType = { count: number; first: string; last: string };

/**
 * Registers serialised items of a lot, from a list or a numeric range (`prefix` + number,
 * zero-padded to `width`), all or none: each serial must be a valid GS1 AI (21) value and new
 * for the product.
 *
 * @example
 * await createSerials(db, { organizationId, lotId, range: { prefix: "SN", from: 1, to: 500, width: 6 } })
 * // { count: 500, first: "SN000001", last: "SN000500" }
 */
export async function createSerials(
  db: Database,
  parameters: CreateSerialsParameters,
): Promise<CreateSerialsReturnType> {
  const { organizationId, lotId } = parameters;
  const lot = await db.prisma.lot.findFirst({
    where: { id: lotId, organizationId },
    include: { product: true },
  });
  if (!lot) throw await lotNotOwned(db.prisma, organizationId, lotId);
  const serials = "serials" in parameters ? parameters.serials : expandRange(parameters.range);
  const seen = new Set<string>();
  serials.forEach((serial, index) => {
    const field = "serials" in parameters ? `body.serials.${index}` : "body.range";
    checkField(field, () => buildDigitalLink({ gtin: lot.product.gtin, lot: lot.lotCode, serial }));
    if (seen.has(serial)) {
      throw new InvalidInputError(`${field}: ${serial} appears twice`, {
        errors: [{ field, message: `${serial} appears twice` }],
      });
    }
    seen.add(serial);
  });
  try {
    await db.prisma.serialItem.createMany({
      data: serials.map((serial) => ({ organizationId, productId: lot.productId, lotId: lot.id, serial })),
    });
  } catch (error) {
    rethrowUniqueViolation(
      error,
      () => new ConflictError("Some of these serials are already registered for this product."),
    );
  }
  return { count: serials.length, first: serials[0] ?? "", last: serials.at(-1) ?? "" };
}

function expandRange(range: {
  prefix?: string | undefined;
  from: number;
  to: number;
  width?: number | undefined;
}) {
  const invalid = (message: string) =>
    new InvalidInputError(`body.range: ${message}`, {
      errors: [{ field: "body.range", message }],
    });
  if (range.to < range.from) throw invalid("`to` must not be less than `from`");
  const count = range.to - range.from + 1;
  if (count > MAX_SERIALS_PER_REQUEST)
    throw invalid(`at most ${MAX_SERIALS_PER_REQUEST} serials per request`);
  return Array.from(
    { length: count },
    (_, i) => `${range.prefix ?? ""}${String(range.from + i).padStart(range.width ?? 0, "0")}`,
  );
}
