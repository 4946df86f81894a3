import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/** The request header a Tracemark webhook's signature travels in. */
export const webhookSignatureHeader = "tracemark-signature";

export type SignWebhookParameters = { secret: string; body: string; timestamp: number };

/**
 * The `Tracemark-Signature` header of a webhook body: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`
 * with the webhook's secret (the scheme Stripe uses; the timestamp lets receivers refuse replays).
 *
 * @example
 * const header = signWebhook({ secret, body, timestamp: Math.floor(Date.now() / 1000) });
 */
export function signWebhook(parameters: SignWebhookParameters): string {
  return `t=${parameters.timestamp},v1=${macOf(parameters)}`;
}

export type VerifyWebhookSignatureParameters = {
  secret: string;
  /** The request body exactly as received (before any JSON parsing). */
  body: string;
  /** The `Tracemark-Signature` header as received. */
  header: string | undefined;
  /** How old the signature may be (default 300 s), so that a replayed delivery is refused. */
  toleranceSeconds?: number;
  now?: number;
};

/**
 * Checks a `Tracemark-Signature` header against a body, as a webhook's receiver does: the HMAC
 * matches (compared in constant time) and its timestamp is within `toleranceSeconds` of now.
 * Runs in Node and in browsers.
 *
 * @example
 * verifyWebhookSignature({ secret, body, header: request.headers["tracemark-signature"] })
 */
export function verifyWebhookSignature(parameters: VerifyWebhookSignatureParameters): boolean {
  const parts = Object.fromEntries((parameters.header ?? "").split(",").map((part) => part.split("=", 2)));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || typeof parts.v1 !== "string") return false;
  const now = parameters.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (parameters.toleranceSeconds ?? 300)) return false;
  return sameText(parts.v1.toLowerCase(), macOf({ ...parameters, timestamp }));
}

function macOf({ secret, body, timestamp }: SignWebhookParameters): string {
  return bytesToHex(hmac(sha256, utf8ToBytes(secret), utf8ToBytes(`${timestamp}.${body}`)));
}

/** Equal texts, in a time that depends only on their length (both are hex digests here). */
function sameText(given: string, expected: string): boolean {
  if (given.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < given.length; i++) difference |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return difference === 0;
}
