import "server-only";
import type { PublicRecordWithDisplay } from "@tracemark/sdk";
import { ApiError } from "./ApiError";
import { apiRequest } from "./apiRequest";

export type GetPublicRecordParameters = {
  gtin: string;
  /** Without it, the serial item is found by GTIN and serial alone (`/01/{gtin}/21/{serial}`). */
  lot?: string | undefined;
  serial?: string | undefined;
};

/**
 * The public record of a lot or a serial item by its GS1 keys (`GET /public/01/…[/10/…][/21/…]`), or
 * `null` when the API knows no such lot. Throws `ApiError` for anything else.
 *
 * @example
 * const record = await getPublicRecord({ gtin: "09506000134352", lot: "ABC123" });
 */
export async function getPublicRecord({
  gtin,
  lot,
  serial,
}: GetPublicRecordParameters): Promise<PublicRecordWithDisplay | null> {
  const path = `/public/01/${encodeURIComponent(gtin)}${lot === undefined ? "" : `/10/${encodeURIComponent(lot)}`}${
    serial ? `/21/${encodeURIComponent(serial)}` : ""
  }`;
  try {
    return await apiRequest<PublicRecordWithDisplay>(path, { authenticated: false });
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 422 || error.status === 400)) {
      return null;
    }
    throw error;
  }
}
