import { appendPeerToForwardedFor } from "@/lib/visitor/appendPeerToForwardedFor";

/**
 * Validates the configuration at server start. Next.js would log a failure in `register` and go on
 * serving errors; a server with a bad variable stops instead, saying which.
 */
export async function validateConfigOrExit(): Promise<void> {
  try {
    await import("@/env");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

export { appendPeerToForwardedFor };
