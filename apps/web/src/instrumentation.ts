/** Validates the configuration when the server starts, so a bad variable fails fast and loudly. */
export async function register() {
  await import("@/env");
}
