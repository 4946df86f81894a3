import { NotAuthenticatedError, ThrottledError } from "../../errors/domain.ts";

export type SignInThrottleParameters = {
  /** The clock, in ms (tests move it by hand). */
  now?: () => number;
  /** Wrong passwords a client may try on an account before it has to wait after each. */
  freeFailures?: number;
  /** The first wait; each further failure doubles it, up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** (account, client) pairs remembered; the least recently failed are forgotten first. */
  maxEntries?: number;
};

export type SignInThrottle = {
  /**
   * Runs `signIn` unless this client must still wait before trying this account again (a
   * `ThrottledError` with the time left, in words and in `retryAfterSeconds`). A
   * `NotAuthenticatedError` from `signIn` counts as a failure; a success clears the count.
   */
  attempt<T>(account: string, client: string, signIn: () => Promise<T>): Promise<T>;
};

/**
 * Backoff per (account, client address) for password sign-in: a client guessing at an account
 * waits longer after every wrong password, while everyone else, the account's owner included,
 * signs in as usual. There is no per-account lock on purpose: a stranger could trigger it at will.
 * Guessing from many addresses is held back by the per-client request limit (`AUTH_RATE_LIMIT`).
 * Kept in memory per API process, like the rate limits.
 *
 * @example
 * const throttle = createSignInThrottle();
 * const user = await throttle.attempt(email, clientAddress, () => checkPassword(db, email, password));
 */
export function createSignInThrottle({
  now = Date.now,
  freeFailures = 5,
  baseDelayMs = 30_000,
  maxDelayMs = 15 * 60_000,
  maxEntries = 100_000,
}: SignInThrottleParameters = {}): SignInThrottle {
  // Insertion order is recency: an entry is re-inserted on each failure, the first is the oldest.
  const failures = new Map<string, { count: number; blockedUntil: number }>();
  const keyOf = (account: string, client: string) => JSON.stringify([account, client]);

  return {
    async attempt(account, client, signIn) {
      const key = keyOf(account, client);
      const entry = failures.get(key);
      const waitMs = entry ? entry.blockedUntil - now() : 0;
      if (waitMs > 0) {
        const seconds = Math.ceil(waitMs / 1000);
        throw new ThrottledError(
          `Too many failed sign-ins to this account from your address; try again in ${seconds} s.`,
          { retryAfterSeconds: seconds },
        );
      }
      try {
        const result = await signIn();
        failures.delete(key);
        return result;
      } catch (error) {
        if (error instanceof NotAuthenticatedError) {
          const count = (entry?.count ?? 0) + 1;
          const excess = count - freeFailures;
          const delay = excess >= 0 ? Math.min(maxDelayMs, baseDelayMs * 2 ** excess) : 0;
          failures.delete(key);
          failures.set(key, { count, blockedUntil: now() + delay });
          if (failures.size > maxEntries) failures.delete(failures.keys().next().value as string);
        }
        throw error;
      }
    },
  };
}
