/**
 * Runs once when the server starts. `NEXT_RUNTIME` is not configuration but a constant Next.js
 * sets per bundle, so that Node-only code stays out of the Edge bundle.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { appendPeerToForwardedFor, validateConfigOrExit } = await import("./instrumentation-node");
    await validateConfigOrExit();
    appendPeerToForwardedFor();
  }
}
