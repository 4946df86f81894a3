import { ApiError } from "./ApiError";

/** A call's value, or the reason in words when it failed. */
export type SettleResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** The value, or the reason in words when the call failed: one failing panel never breaks a page (`Settled` shows it). */
export async function settle<T>(promise: Promise<T>): Promise<SettleResult<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.readable };
    throw error;
  }
}
