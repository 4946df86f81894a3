import "server-only";
import { env } from "@/env";
import { signVisitorAddress, visitorAddressOf } from "./visitorAddress";

/**
 * Headers that vouch to the API for the visitor's address (`X-Tracemark-Client` and its signature
 * under WEB_FORWARDED_SECRET), so the API's sign-in limits count each visitor rather than this
 * server. None when the secret is not configured.
 *
 * @example
 * const headers = visitorHeaders(await headers());
 */
export function visitorHeaders(requestHeaders: Headers): Record<string, string> {
  const secret = env.WEB_FORWARDED_SECRET;
  const address = visitorAddressOf(requestHeaders.get("x-forwarded-for"), env.TRUST_PROXY_HOPS);
  if (!secret || !address) return {};
  return {
    "x-tracemark-client": address,
    "x-tracemark-client-signature": signVisitorAddress(secret, address),
  };
}
