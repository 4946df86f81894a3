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
