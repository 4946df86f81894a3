import { createHmac } from "node:crypto";

/**
 * The visitor's address from `X-Forwarded-For` (to which this server appends its peer): the entry
 * `hops` places from the end, `hops` being how many reverse proxies in front of this server append
 * to it. What a visitor wrote into the header themselves sits further left and is never taken.
 *
 * @example
 * visitorAddressOf("10.9.9.9, 198.51.100.4, 10.0.0.2", 1); // "198.51.100.4"
 */
export function visitorAddressOf(forwardedFor: string | null, hops: number): string | undefined {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - 1 - hops)];
}

/** HMAC-SHA256 of the address under the secret shared with the API, hex: what the API checks. */
export function signVisitorAddress(secret: string, address: string): string {
  return createHmac("sha256", secret).update(address).digest("hex");
}
