import { ApiError } from "./ApiError";

/** The value, or the reason in words when the call failed: one failing panel never breaks a page. */
export async function settle<T>(
  promise: Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: string }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.readable };
    throw error;
  }
}
