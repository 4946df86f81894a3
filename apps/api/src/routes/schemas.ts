import { ROLES } from "@tracemark/sdk";
import { z } from "zod";

/** Route parameters and bodies that several resources share. */
export const orgParams = z.object({ orgId: z.uuid() });
export const role = z.enum(ROLES);
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
export const gln = z.string().regex(/^\d{13}$/, "must be 13 digits");
/** A link people may open (shown in pages, written on chain): http(s) or ipfs, never javascript:, data: or file:. */
export const openableUri = z
  .url({ protocol: /^(https?|ipfs)$/, message: "must be an http://, https:// or ipfs:// address" })
  .max(2048);
/**
 * Where work on chain stands (an event's batch, a recall): waiting, sent, mined, past the confirmation depth,
 * or `failed` when its transaction reverted for a reason the contract gives (an anchor batch's `failureReason`).
 */
export const chainStatus = z.enum(["pending", "submitted", "anchored", "final", "failed"]);

/** Cursor pagination: `?limit=&cursor=` (the cursor is the `nextCursor` of the previous page). */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.uuid().optional(),
});
/** A page of `item`s and the cursor of the next page (`null` on the last page). */
export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.uuid().nullable() });
}
