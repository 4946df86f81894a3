import "server-only";
import { headers } from "next/headers";

/**
 * The origin shoppers reach this app at, as the request names it (behind a proxy, its
 * `x-forwarded-host` and `-proto`): QR codes encode Digital Links on it.
 */
export async function publicOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto =
    h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || /^[\d.:]+$/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
}
