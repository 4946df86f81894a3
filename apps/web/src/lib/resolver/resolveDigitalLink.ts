import "server-only";
import {
  buildGs1DigitalLink,
  type Gs1DigitalLink,
  InvalidDigitalLinkError,
  InvalidGs1KeyError,
  parseGs1DigitalLink,
} from "@tracemark/sdk";
import { env } from "@/env";
import { visitorHeaders } from "@/lib/visitor/visitorHeaders";
import { apiPathOf, type LinkTarget, linksetOf, requestedLinkType, resolverLinks } from "./resolverLinks";

/** What the resolver answers a request at a Digital Link path. */
export type Resolution =
  /** Not a Digital Link path: the app's own routes answer. */
  | { kind: "pass" }
  /** A problem: 400 malformed link, 404 nothing known by that key, 503 the API does not answer. */
  | { kind: "problem"; status: 400 | 404 | 503; title: string; detail: string }
  /** To the canonical path (301), or to the target of the requested link type (307). */
  | { kind: "redirect"; status: 301 | 307; location: string; linkset: string }
  /** The linkset (RFC 9264 JSON), for `linkType=linkset` (or `all`) or `Accept: application/linkset+json`. */
  | { kind: "linkset"; body: unknown; linkset: string }
  /** The page: rendered from `pagePath` (a rewrite when the URL carries a key qualifier no page has). */
  | { kind: "page"; pagePath: string; linkset: string };

/**
 * Path segments that start a GS1 Digital Link (primary key AIs 01, 00, 414, then a value) anywhere in
 * the path: a value that is no valid key is a malformed link (400 naming the problem), not a page.
 */
const PRIMARY_KEY = /(^|\/)(01|00|414)\/[^/]/;

/**
 * Resolves a request at a GS1 Digital Link path as a GS1-Conformant Resolver does, deciding its
 * status before any page streams: a malformed link is 400 naming what is wrong (e.g. the check
 * digit it has and the one expected), an unknown lot, serial, product, unit or location is 404; a
 * link written otherwise than canonically (GTIN-8/12/13, a path prefix before the key) redirects
 * (301) to the canonical path with its query; `linkType=linkset` (GS1's current name; `all`, the
 * earlier one, too) or `Accept: application/linkset+json` gets the linkset; `linkType=<type>` redirects (307) to that link, or to the default link (the
 * page) when there is none of that type; otherwise the page renders (a product page, a lot's or
 * serial's record, a logistic unit, a location). Key qualifiers without a page of their own
 * (`/22/` CPV, `/254/`) render the page of the key they qualify; data attributes in the query
 * string (`?17=…`) are validated and kept.
 *
 * @example
 * const resolution = await resolveDigitalLink(new URL("http://127.0.0.1:3000/01/9520123456788"), headers);
 * // { kind: "redirect", status: 301, location: "http://127.0.0.1:3000/01/09520123456788", … }
 */
export async function resolveDigitalLink(url: URL, headers: Headers): Promise<Resolution> {
  if (!PRIMARY_KEY.test(url.pathname)) return { kind: "pass" };
  let link: Gs1DigitalLink & { attributes: Record<string, string> };
  try {
    link = parseGs1DigitalLink(`${url.pathname}${url.search}`);
  } catch (error) {
    if (error instanceof InvalidDigitalLinkError || error instanceof InvalidGs1KeyError) {
      return {
        kind: "problem",
        status: 400,
        title: "Malformed GS1 Digital Link",
        detail: error.shortMessage,
      };
    }
    throw error;
  }
  const { linkType: linkTypeParameter, ...attributes } = link.attributes;
  const canonical = buildGs1DigitalLink({ ...link, domain: undefined, attributes: {} });
  const linksetUrl = `${url.origin}${canonical}?linkType=linkset`;
  if (canonical !== url.pathname) {
    return {
      kind: "redirect",
      status: 301,
      location: `${url.origin}${canonical}${url.search}`,
      linkset: linksetUrl,
    };
  }

  const found = await lookUp(link, headers);
  if (found.kind === "problem") return found;
  const pagePath = pagePathOf(link);
  const links = resolverLinks(url.origin, link, canonical, found.facts);
  const wanted = requestedLinkType(linkTypeParameter ?? null);
  const acceptsLinkset = /application\/linkset\+json/i.test(headers.get("accept") ?? "");
  if (wanted === "all" || (wanted === undefined && acceptsLinkset)) {
    return {
      kind: "linkset",
      body: linksetOf(`${url.origin}${canonical}`, links, found.description),
      linkset: linksetUrl,
    };
  }
  if (wanted !== undefined) {
    const target: LinkTarget = links[wanted] ?? (links.defaultLink as LinkTarget);
    const query = new URLSearchParams(attributes).toString();
    const location = target.href.startsWith(`${url.origin}${canonical}`)
      ? target.href.replace(
          `${url.origin}${canonical}`,
          `${url.origin}${canonical}${query ? `?${query}` : ""}`,
        )
      : target.href;
    return { kind: "redirect", status: 307, location, linkset: linksetUrl };
  }
  return { kind: "page", pagePath, linkset: linksetUrl };
}

/** The route that renders a link: the key and the qualifiers that have pages (lot, serial). */
function pagePathOf(link: Gs1DigitalLink): string {
  if (link.key === "01")
    return buildGs1DigitalLink({ key: "01", gtin: link.gtin, lot: link.lot, serial: link.serial });
  if (link.key === "00") return `/00/${link.sscc}`;
  return `/414/${link.gln}`;
}

type Found =
  | { kind: "found"; facts: { attestations: number }; description: string }
  | Extract<Resolution, { kind: "problem" }>;

/** Asks the API's public route whether the identified thing exists (and what it is called). */
async function lookUp(link: Gs1DigitalLink, headers: Headers): Promise<Found> {
  let response: Response;
  try {
    response = await fetch(`${env.API_URL}/public${apiPathOf(link)}`, {
      headers: { accept: "application/json", ...visitorHeaders(headers) },
      cache: "no-store",
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    return unavailable;
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status === 404 || response.status === 422 || response.status === 400) {
    return {
      kind: "problem",
      status: response.status === 404 ? 404 : 400,
      title: response.status === 404 ? "Not found" : "Malformed GS1 Digital Link",
      detail: typeof body.detail === "string" ? body.detail : "Nothing is known by this GS1 key.",
    };
  }
  if (!response.ok) return unavailable;
  return {
    kind: "found",
    facts: { attestations: countAttestations(body) },
    description: itemDescriptionOf(link, body),
  };
}

const unavailable = {
  kind: "problem",
  status: 503,
  title: "Service unavailable",
  detail: "Our service is not answering. Please try again in a few minutes.",
} as const;

function countAttestations(body: Record<string, unknown>): number {
  return Array.isArray(body.attestations) ? body.attestations.length : 0;
}

function itemDescriptionOf(link: Gs1DigitalLink, body: Record<string, unknown>): string {
  if (link.key === "00") return `Logistic unit ${link.sscc}`;
  if (link.key === "414") return `Location ${link.gln}`;
  const display = body.display as { product?: { name?: string } } | undefined;
  const name = typeof body.name === "string" ? body.name : (display?.product?.name ?? link.gtin);
  return [name, link.lot && `lot ${link.lot}`, link.serial && `serial ${link.serial}`]
    .filter(Boolean)
    .join(", ");
}
