import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/ActionForm";
import { ApiError } from "@/lib/api/ApiError";
import { dataOf } from "@/lib/api/api";

/**
 * The API's refusal as the form's error, in words, with the fields it names; anything else is a
 * fault and is thrown on.
 */
export function actionFailure(error: unknown): FormState {
  if (error instanceof ApiError) return { error: error.readable, fieldErrors: error.fieldErrors };
  throw error;
}

/** A call of the typed API client (`api`, `publicApi`): its answer's body once it succeeded. */
type ApiCall<Data> = Promise<{ data?: Data; response: Response }>;

/**
 * The form's state after a write to the API: its refusal (`actionFailure`), else the page at `path`
 * revalidated and `ok` said, in words or made from the answer (nothing when not given).
 *
 * @example
 * return afterWrite(api.DELETE("/orgs/{orgId}/api-keys/{keyId}", { params: { path: { orgId, keyId } } }), orgPath(orgId, "api-keys"), "Key revoked.");
 */
export async function afterWrite<Data>(
  write: ApiCall<Data>,
  path: string,
  ok?: string | ((answer: Data) => string),
): Promise<FormState> {
  let answer: Data;
  try {
    answer = await dataOf(write);
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(path);
  if (ok === undefined) return undefined;
  return { ok: typeof ok === "string" ? ok : ok(answer) };
}

/**
 * The form's state after a write that creates something: its refusal (`actionFailure`), else the
 * visitor sent to the page `pathOf` names from the answer (the thing created).
 *
 * @example
 * return openAfterWrite(api.POST("/orgs", { body: { name } }), ({ id }) => orgPath(id));
 */
export async function openAfterWrite<Data>(
  write: ApiCall<Data>,
  pathOf: (answer: Data) => Route,
): Promise<FormState> {
  let path: Route;
  try {
    path = pathOf(await dataOf(write));
  } catch (error) {
    return actionFailure(error);
  }
  redirect(path);
}
