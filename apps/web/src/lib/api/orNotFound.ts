import "server-only";
import { notFound } from "next/navigation";
import { ApiError } from "./ApiError";

/**
 * The API's answer, or the "not found" page when what the address names does not exist: a 404, or
 * an id in the address the API cannot read (its 400 names only `params.` fields).
 *
 * @example
 * const lot = await orNotFound(dataOf(api.GET("/orgs/{orgId}/lots/{lotId}", { params: { path: { orgId, lotId } } })));
 */
export async function orNotFound<T>(answer: Promise<T>): Promise<T> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof ApiError && namesNothing(error)) notFound();
    throw error;
  }
}

function namesNothing(error: ApiError): boolean {
  if (error.status === 404) return true;
  return (
    error.status === 400 &&
    error.errors.length > 0 &&
    error.errors.every((e) => e.field.startsWith("params."))
  );
}
