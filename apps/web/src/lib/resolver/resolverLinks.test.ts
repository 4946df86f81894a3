import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { apiPathOf, linksetOf, requestedLinkType, resolverLinks } from "./resolverLinks";

const origin = "https://trace.example.com";
const lot = { key: "01", gtin: "09520123456788", lot: "A/1" } as const;

describe("resolver links", () => {
  it("reads a linkType as a CURIE, as a GS1 Web Vocabulary URI, or as all", () => {
    assert.equal(requestedLinkType("gs1:pip"), "pip");
    assert.equal(requestedLinkType("https://gs1.org/voc/traceability"), "traceability");
    assert.equal(requestedLinkType("https://ref.gs1.org/voc/certificationInfo"), "certificationInfo");
    assert.equal(requestedLinkType("all"), "all");
    assert.equal(requestedLinkType(null), undefined);
    assert.equal(requestedLinkType("gs1:pip extra"), undefined);
  });

  it("offers certificationInfo only when the record has attestations", () => {
    const page = "/01/09520123456788/10/A%2F1";
    assert.equal(resolverLinks(origin, lot, page, { attestations: 0 }).certificationInfo, undefined);
    assert.equal(
      resolverLinks(origin, lot, page, { attestations: 2 }).certificationInfo?.href,
      `${origin}${page}#attestations-title`,
    );
  });

  it("builds an RFC 9264 linkset: one context object anchored at the link, relation types as full URIs", () => {
    const page = "/01/09520123456788/10/A%2F1";
    const links = resolverLinks(origin, lot, page, { attestations: 0 });
    const { linkset } = linksetOf(`${origin}${page}`, links, "Coffee, lot A/1");
    assert.equal(linkset.length, 1);
    const context = linkset[0] as Record<string, unknown>;
    assert.equal(context.anchor, `${origin}${page}`);
    assert.deepEqual(Object.keys(context).sort(), [
      "anchor",
      "https://gs1.org/voc/defaultLink",
      "https://gs1.org/voc/pip",
      "https://gs1.org/voc/traceability",
      "itemDescription",
    ]);
    assert.deepEqual(context["https://gs1.org/voc/traceability"], [
      {
        href: `${origin}/api/v1/public${apiPathOf(lot)}`,
        title: "Traceability record (JSON, verifiable against the chain)",
        type: "application/json",
      },
    ]);
  });
});
