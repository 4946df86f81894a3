import "server-only";
import {
  buildGs1DigitalLink,
  type Gs1DigitalLink,
  InvalidDigitalLinkError,
  InvalidGs1KeyError,
  parseGs1DigitalLink,
} from "@tracemark/sdk";
import { plainApi } from "@/lib/api/plainApi";
import { visitorHeaders } from "@/lib/visitor/visitorHeaders";
import { type LinkTarget, linksetOf, requestedLinkType, resolverLinks } from "./resolverLinks";

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
  const init = {
    headers: visitorHeaders(headers),
    cache: "no-store",
    signal: AbortSignal.timeout(10_000),
  } as const;
  try {
    if (link.key === "00") {
      const { sscc } = link;
      const answer = await plainApi.GET("/public/00/{sscc}", { params: { path: { sscc } }, ...init });
      return foundOr(answer, () => ({ attestations: 0, description: `Logistic unit ${sscc}` }));
    }
    if (link.key === "414") {
      const { gln } = link;
      const answer = await plainApi.GET("/public/414/{gln}", { params: { path: { gln } }, ...init });
      return foundOr(answer, () => ({ attestations: 0, description: `Location ${gln}` }));
    }
    const { gtin, lot, serial } = link;
    const named = (name: string) =>
      [name, lot && `lot ${lot}`, serial && `serial ${serial}`].filter(Boolean).join(", ");
    const ofRecord = (record: RecordFacts) => ({
      attestations: record.attestations.length,
      description: named(record.display.product.name),
    });
    if (lot !== undefined && serial !== undefined) {
      const path = { gtin, lot, serial };
      return foundOr(
        await plainApi.GET("/public/01/{gtin}/10/{lot}/21/{serial}", { params: { path }, ...init }),
        ofRecord,
      );
    }
    if (lot !== undefined) {
      return foundOr(
        await plainApi.GET("/public/01/{gtin}/10/{lot}", { params: { path: { gtin, lot } }, ...init }),
        ofRecord,
      );
    }
    if (serial !== undefined) {
      const path = { gtin, serial };
      return foundOr(
        await plainApi.GET("/public/01/{gtin}/21/{serial}", { params: { path }, ...init }),
        ofRecord,
      );
    }
    const answer = await plainApi.GET("/public/01/{gtin}", { params: { path: { gtin } }, ...init });
    return foundOr(answer, (product) => ({ attestations: 0, description: named(product.name) }));
  } catch {
    return unavailable;
  }
}

/** What the resolver reads of a lot's or serial's public record. */
type RecordFacts = { attestations: unknown[]; display: { product: { name: string } } };

/** Found, with what `facts` reads of the answer; not found or malformed (the API's 404, 400, 422); else unavailable. */
function foundOr<Data>(
  { data, error, response }: { data?: Data; error?: { detail?: string } | string; response: Response },
  facts: (data: Data) => { attestations: number; description: string },
): Found {
  if (response.status === 404 || response.status === 422 || response.status === 400) {
    return {
      kind: "problem",
      status: response.status === 404 ? 404 : 400,
      title: response.status === 404 ? "Not found" : "Malformed GS1 Digital Link",
      detail:
        typeof error === "object" && typeof error.detail === "string"
          ? error.detail
          : "Nothing is known by this GS1 key.",
    };
  }
  if (!response.ok || data === undefined) return unavailable;
  const { attestations, description } = facts(data);
  return { kind: "found", facts: { attestations }, description };
}

const unavailable = {
  kind: "problem",
  status: 503,
  title: "Service unavailable",
  detail: "Our service is not answering. Please try again in a few minutes.",
} as const;
