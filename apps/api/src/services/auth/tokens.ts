import { createHash, randomBytes } from "node:crypto";

/** A new random secret token with a readable prefix, e.g. `tm_sess_…` or `tm_key_…`. */
export function newToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/** How tokens are stored: only their sha256, so a database leak does not leak credentials. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
