import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/forms/ActionForm";
import { ApiError } from "@/lib/api/ApiError";

/**
 * The API's refusal as the form's error, in words, with the fields it names; anything else is a
 * fault and is thrown on.
 */
export function actionFailure(error: unknown): FormState {
  if (error instanceof ApiError) return { error: error.readable, fieldErrors: error.fieldErrors };
  throw error;
}

/**
 * The form's state after a write to the API: its refusal (`actionFailure`), else the page at `path`
 * revalidated and `ok` said (nothing when not given).
 *
 * @example
 * return afterWrite(api.DELETE("/orgs/{orgId}/api-keys/{keyId}", { params: { path: { orgId, keyId } } }), orgPath(orgId, "api-keys"), "Key revoked.");
 */
export async function afterWrite(write: Promise<unknown>, path: string, ok?: string): Promise<FormState> {
  try {
    await write;
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(path);
  return ok === undefined ? undefined : { ok };
}
