import "server-only";
import { apiRequest } from "./apiRequest";
import type { ApiResponse } from "./types";

/** A product by GTIN alone. */
export type PublicProduct = ApiResponse<"/public/01/{gtin}", "get">;
/** A logistic unit by SSCC. */
export type PublicLogisticUnit = ApiResponse<"/public/00/{sscc}", "get">;
/** A location by GLN. */
export type PublicLocation = ApiResponse<"/public/414/{gln}", "get">;

/**
 * A public page of the API by its Digital Link path (`/01/{gtin}`, `/00/{sscc}`, `/414/{gln}`),
 * no session. The resolver (src/proxy.ts) has already answered 404 for anything unknown.
 *
 * @example
 * const product = await getPublicPage<PublicProduct>(`/01/${gtin}`);
 */
export function getPublicPage<T>(path: string): Promise<T> {
  return apiRequest<T>(`/public${path}`, { authenticated: false });
}
