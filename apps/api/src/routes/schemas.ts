import { AttestationStatus, TransferStatus } from "@tracemark/db";
import { ROLES } from "@tracemark/sdk";
import { z } from "zod";

/** Route parameters and bodies that several resources share. */
export const orgParams = z.object({ orgId: z.uuid() });
/** `/orgs/:orgId/lots/:lotId…`: a lot the organisation owns or was shipped. */
export const lotParams = orgParams.extend({ lotId: z.uuid() });
/** `/orgs/:orgId/products/:productId…`: one of the organisation's products. */
export const productParams = orgParams.extend({ productId: z.uuid() });
export const role = z.enum(ROLES);
/** A custody transfer's state, as the database keeps it. */
export const transferStatus = z.enum(TransferStatus);
/** An attestation's state on its way to the chain, as the database keeps it. */
export const attestationStatus = z.enum(AttestationStatus);
export const walletAddress = z.string().regex(/^0x[0-9a-fA-F]{40}$/, "must be a 0x-prefixed 20-byte address");
export const organization = z.object({
  id: z.uuid(),
  name: z.string(),
  gln: z.string().nullable(),
  status: z.enum(["pending", "active", "suspended"]),
  chainOrgId: z.string().nullable(),
  adminAddress: z.string().nullable(),
  metadataUri: z.string().nullable(),
  createdAt: z.date(),
});
/** A lot as people name it: its code, and its product's GTIN and name. */
export const lotNaming = z.object({ lotCode: z.string(), gtin: z.string(), productName: z.string() });
export const gln = z.string().regex(/^\d{13}$/, "must be 13 digits");
/** A link people may open (shown in pages, written on chain): http(s) or ipfs, never javascript:, data: or file:. */
export const openableUri = z
  .url({ protocol: /^(https?|ipfs)$/, message: "must be an http://, https:// or ipfs:// address" })
  .max(2048);
/** Cursor pagination: `?limit=&cursor=` (the cursor is the `nextCursor` of the previous page). */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.uuid().optional(),
});
/** The cursor of a list paged by a growing number (audit records, webhook deliveries): the previous page's `nextCursor`. */
export const sequenceCursor = z
  .string()
  .regex(/^[1-9]\d{0,18}$/, "must be the nextCursor of the previous page");
/** A page of `item`s and the cursor of the next page (`null` on the last page). */
export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.uuid().nullable() });
}

export const CSV = "text/csv";
export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** A body of bytes: a spreadsheet, a stored document. */
const bytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array)
  .meta({ type: "string", format: "binary", examples: ["<bytes>"] });
const text = z.string().meta({ examples: ["gtin,lotCode\r\n04012345000009,LOT-1\r\n"] });

/** A request body that is a file, read as bytes whatever its content type (with `consumes`). */
export const fileBody = z.unknown().meta({ type: "string", format: "binary", examples: ["<bytes>"] });

/**
 * A response that is a file rather than JSON: a string of each media type in `types` (text for
 * CSV, bytes for the rest; `*` + `/*` for a stored document's own type).
 *
 * @example
 * response: { 200: fileResponse("The audit trail as CSV", [CSV]) }
 */
export function fileResponse(description: string, types: string[]) {
  return {
    description,
    content: Object.fromEntries(types.map((type) => [type, { schema: type === CSV ? text : bytes }])),
  };
}
