import { createHmac, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";

/** The visitor's address, as the web server saw it, and the web server's signature of it. */
export const CLIENT_HEADER = "x-tracemark-client";
export const CLIENT_SIGNATURE_HEADER = "x-tracemark-client-signature";

/**
 * The signature the web server sends with its visitor's address: HMAC-SHA256 of the address under
 * `WEB_FORWARDED_SECRET`, hex (apps/web computes the same).
 *
 * @example
 * const signature = signClientAddress(config.webForwardedSecret, "203.0.113.7");
 */
export function signClientAddress(secret: string, address: string): string {
  return createHmac("sha256", secret).update(address).digest("hex");
}

/**
 * The client a request is on behalf of, for limits: the visitor's address the web server vouches
 * for with a valid signature, else the request's own address (`request.ip`, which honours
 * `TRUST_PROXY`). An address header without the secret's signature is ignored.
 */
export function clientAddressOf(request: FastifyRequest, secret: string | undefined): string {
  const address = request.headers[CLIENT_HEADER];
  const signature = request.headers[CLIENT_SIGNATURE_HEADER];
  if (secret && typeof address === "string" && typeof signature === "string") {
    const expected = Buffer.from(signClientAddress(secret, address));
    const given = Buffer.from(signature);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return address;
  }
  return request.ip;
}
