import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The `Tracemark-Signature` header of a webhook body: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`
 * with the webhook's secret (the scheme Stripe uses; the timestamp lets receivers refuse replays).
 *
 * @example
 * const header = signWebhook({ secret, body, timestamp: Math.floor(Date.now() / 1000) });
 */
export function signWebhook(parameters: { secret: string; body: string; timestamp: number }): string {
  const mac = createHmac("sha256", parameters.secret).update(`${parameters.timestamp}.${parameters.body}`);
  return `t=${parameters.timestamp},v1=${mac.digest("hex")}`;
}

/**
 * Checks a `Tracemark-Signature` header against a body, as a receiver does (for tests and integrators).
 * `toleranceSeconds` bounds the age of the timestamp.
 *
 * @example
 * verifyWebhookSignature({ secret, body, header: request.headers["tracemark-signature"], toleranceSeconds: 300 })
 */
export function verifyWebhookSignature(parameters: {
  secret: string;
  body: string;
  header: string | undefined;
  toleranceSeconds?: number;
  now?: number;
}): boolean {
  const parts = Object.fromEntries((parameters.header ?? "").split(",").map((part) => part.split("=", 2)));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || typeof parts.v1 !== "string") return false;
  const now = parameters.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (parameters.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signWebhook({ ...parameters, timestamp }).split("v1=")[1] as string, "hex");
  const given = Buffer.from(parts.v1, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
