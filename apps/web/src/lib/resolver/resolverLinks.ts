import type { Gs1DigitalLink } from "@tracemark/sdk";

/** GS1 Web Vocabulary, the namespace of the link types (GS1-Conformant Resolver, `gs1:` prefix). */
export const GS1_VOC = "https://gs1.org/voc/";

/** One link of a linkset (RFC 9264 §4.2 target attributes). */
export type LinkTarget = { href: string; title: string; type: string; hreflang?: string[] };

/** The link types this resolver serves, by key, beside `gs1:defaultLink` (always the page itself). */
export type ResolverLinks = Record<string, LinkTarget>;

/** What the lookup of the identified thing told the resolver beyond its existence. */
export type ResolverFacts = { attestations: number };

/**
 * The links Tracemark has for an identified thing, keyed by their `gs1:` link type: the consumer page
 * (`gs1:pip` for a trade item, `gs1:locationInfo` for a place), the machine-readable record on this
 * origin's API (`gs1:traceability`) for a lot or serial, its auditors' attestations
 * (`gs1:certificationInfo`) when it has any, and `gs1:defaultLink`, which is the page.
 */
export function resolverLinks(
  origin: string,
  link: Gs1DigitalLink,
  pagePath: string,
  facts: ResolverFacts,
): ResolverLinks {
  const page = `${origin}${pagePath}`;
  const html = (title: string, href = page): LinkTarget => ({
    href,
    title,
    type: "text/html",
    hreflang: ["en"],
  });
  const links: ResolverLinks = { defaultLink: html("Product record") };
  if (link.key === "01") {
    const product = link.lot === undefined && link.serial === undefined;
    links.pip = html(product ? "Product page and its lots" : "Product record and journey");
    links.defaultLink = links.pip;
    if (!product) {
      links.traceability = {
        href: `${origin}/api/v1/public${apiPathOf(link)}`,
        title: "Traceability record (JSON, verifiable against the chain)",
        type: "application/json",
      };
      if (facts.attestations > 0)
        links.certificationInfo = html("Auditors' attestations", `${page}#attestations-title`);
    }
  } else if (link.key === "00") {
    links.traceability = html("Logistic unit: contents and journey");
    links.defaultLink = links.traceability;
  } else {
    links.locationInfo = html("Location");
    links.defaultLink = links.locationInfo;
  }
  return links;
}

/** The API's public path for an identified thing (`/public/…` without the prefix). */
export function apiPathOf(link: Gs1DigitalLink): string {
  const e = encodeURIComponent;
  if (link.key === "00") return `/00/${link.sscc}`;
  if (link.key === "414") return `/414/${link.gln}`;
  let path = `/01/${link.gtin}`;
  if (link.lot !== undefined) path += `/10/${e(link.lot)}`;
  if (link.serial !== undefined) path += `/21/${e(link.serial)}`;
  return path;
}

/**
 * The link type a `linkType` parameter asks for, as its key in `ResolverLinks` (`gs1:pip`, its full
 * URI on gs1.org or ref.gs1.org, or `pip` alone all name `pip`), `all` for the linkset (asked for as
 * `linkset`, GS1's current name, or `all`, the one it deprecated), or undefined.
 */
export function requestedLinkType(value: string | null): string | undefined {
  if (value === null || value === "") return undefined;
  if (value === "all" || value === "linkset") return "all";
  const match = /^(?:gs1:|https?:\/\/(?:ref\.)?gs1\.org\/voc\/)?([A-Za-z]+)$/.exec(value);
  return match?.[1];
}

/**
 * The linkset of an identified thing, RFC 9264 JSON (`application/linkset+json`), as the
 * GS1-Conformant Resolver standard lays it out: one context object anchored at the Digital Link,
 * each relation type a full GS1 Web Vocabulary URI.
 */
export function linksetOf(anchor: string, links: ResolverLinks, itemDescription: string) {
  const context: Record<string, unknown> = { anchor, itemDescription };
  for (const [type, target] of Object.entries(links)) context[`${GS1_VOC}${type}`] = [target];
  return { linkset: [context] };
}
