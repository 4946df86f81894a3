import "server-only";
import type { PublicRecordWithDisplay } from "@tracemark/sdk";
import { ApiError } from "./ApiError";
import { publicApi } from "./api";
import { declaredDataOf } from "./apiClient";
import type { ApiResponse } from "./types";

export type GetPublicRecordParameters = {
  gtin: string;
  /** Without it, the serial item is found by GTIN and serial alone (`/01/{gtin}/21/{serial}`). */
  lot?: string | undefined;
  serial?: string | undefined;
};

/**
 * The public record of a lot or a serial item by its GS1 keys (`GET /public/01/…[/10/…][/21/…]`), or
 * `null` when the API knows no such lot (or neither a lot nor a serial is given: a GTIN alone names a
 * product, not a record). Throws `ApiError` for anything else.
 *
 * @example
 * const record = await getPublicRecord({ gtin: "09506000134352", lot: "ABC123" });
 */
export async function getPublicRecord({
  gtin,
  lot,
  serial,
}: GetPublicRecordParameters): Promise<PublicRecordWithDisplay | null> {
  const answer =
    lot !== undefined && serial
      ? declaredDataOf<ApiResponse<"/public/01/{gtin}/10/{lot}/21/{serial}", "get">>(
          publicApi.GET("/public/01/{gtin}/10/{lot}/21/{serial}", {
            params: { path: { gtin, lot, serial } },
          }),
        )
      : lot !== undefined
        ? declaredDataOf<ApiResponse<"/public/01/{gtin}/10/{lot}", "get">>(
            publicApi.GET("/public/01/{gtin}/10/{lot}", { params: { path: { gtin, lot } } }),
          )
        : serial
          ? declaredDataOf<ApiResponse<"/public/01/{gtin}/21/{serial}", "get">>(
              publicApi.GET("/public/01/{gtin}/21/{serial}", { params: { path: { gtin, serial } } }),
            )
          : undefined;
  if (!answer) return null;
  try {
    return await answer;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 422 || error.status === 400)) {
      return null;
    }
    throw error;
  }
}
