import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";

/** Every address a host name resolves to (the shape of `dns.lookup` with `all: true`). */
export type LookupHost = (hostname: string) => Promise<{ address: string; family: number }[]>;

/** The system resolver (`getaddrinfo`, so /etc/hosts too), all addresses. */
export const lookupHost: LookupHost = (hostname) => lookup(hostname, { all: true, verbatim: true });

/**
 * A webhook target Tracemark must not send to; the message says why. A delivery refused with it keeps its
 * usual backoff, so it goes once the webhook's URL is corrected (or its name resolves to a public address).
 */
export class WebhookTargetError extends Error {
  override readonly name = "WebhookTargetError";
}

export type CheckWebhookTargetParameters = {
  url: string;
  /** Development: loopback targets (localhost, 127.0.0.0/8, ::1) are allowed, over http too. */
  allowLoopback: boolean;
  lookup: LookupHost;
  /**
   * Whether a name that does not resolve is refused (at delivery) or let through unresolved (at creation:
   * the receiver may not be published yet; delivery checks again).
   */
  requireAddress: boolean;
};

export type CheckWebhookTargetReturnType = {
  url: URL;
  /** The checked address to connect to (the name is not resolved again, so rebinding cannot swap it). */
  address: { address: string; family: 4 | 6 } | undefined;
};

/** Names that only mean something inside a network: never public receivers. */
const INTERNAL_NAME = /(^|\.)(localhost|internal|local|localdomain|home\.arpa)$/;

/**
 * Checks a webhook target: https (http only to loopback when `allowLoopback`), no credentials, and a host
 * that is, and resolves only to, public unicast addresses: private, loopback, link-local (cloud metadata),
 * unique-local, CGNAT, multicast, reserved and IPv4-embedding IPv6 ranges are refused, classified by
 * `ipaddr.js` after the URL parser has normalised decimal, octal and hex IPv4 spellings. Throws
 * `WebhookTargetError` naming the problem.
 *
 * @example
 * const { address } = await checkWebhookTarget({ url, allowLoopback: false, lookup: lookupHost, requireAddress: true });
 */
export async function checkWebhookTarget(
  parameters: CheckWebhookTargetParameters,
): Promise<CheckWebhookTargetReturnType> {
  const { allowLoopback } = parameters;
  let url: URL;
  try {
    url = new URL(parameters.url);
  } catch {
    throw new WebhookTargetError("must be an absolute URL");
  }
  if (url.username || url.password) throw new WebhookTargetError("must not contain credentials");
  const httpsOnly = allowLoopback ? "must use https (or http to localhost)" : "must use https";
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new WebhookTargetError(httpsOnly);

  const host = url.hostname.replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
  let addresses: { address: string; family: number }[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: host.includes(":") ? 6 : 4 }];
  } else {
    if (!host.includes(".") && host !== "localhost")
      throw new WebhookTargetError(`host ${host} is not a public domain name`);
    if (INTERNAL_NAME.test(host) && !(allowLoopback && host === "localhost"))
      throw new WebhookTargetError(`host ${host} is reserved for internal networks`);
    try {
      addresses = await parameters.lookup(host);
    } catch (cause) {
      if (parameters.requireAddress)
        throw new WebhookTargetError(
          `host ${host} cannot be resolved (${(cause as { code?: string }).code ?? cause})`,
        );
      addresses = [];
    }
  }
  let allLoopback = addresses.length > 0;
  for (const { address } of addresses) {
    const range = ipaddr.isValid(address) ? ipaddr.process(address).range() : "invalid";
    if (range === "loopback" && allowLoopback) continue;
    allLoopback = false;
    if (range !== "unicast") {
      const resolved = address === host ? "" : ` resolves to ${address}, which`;
      throw new WebhookTargetError(`host ${host}${resolved} is a ${range} address, not a public one`);
    }
  }
  if (url.protocol === "http:" && !allLoopback) throw new WebhookTargetError(httpsOnly);
  const first = addresses[0];
  if (!first && parameters.requireAddress) throw new WebhookTargetError(`host ${host} has no address`);
  return { url, address: first && { address: first.address, family: first.family === 6 ? 6 : 4 } };
}
