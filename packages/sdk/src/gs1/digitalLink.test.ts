import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { InvalidDigitalLinkError, InvalidGs1KeyError } from "../errors/gs1.ts";
import { buildDigitalLink } from "./buildDigitalLink.ts";
import { computeCheckDigit } from "./computeCheckDigit.ts";
import { parseDigitalLink } from "./parseDigitalLink.ts";

// Examples from GS1 Digital Link: URI Syntax, release 1.2 (GTIN 09520123456788, the "952" example prefix).
describe("parseDigitalLink on the GS1 Digital Link standard's examples", () => {
  it("parses a GTIN-only link", () => {
    assert.deepEqual(parseDigitalLink("https://id.gs1.org/01/09520123456788"), {
      domain: "https://id.gs1.org",
      gtin: "09520123456788",
      attributes: {},
    });
  });

  it("parses GTIN + CPV + lot + serial with a percent-encoded lot and an expiry attribute", () => {
    assert.deepEqual(
      parseDigitalLink("https://example.com/01/09520123456788/22/2A/10/ABC%2F123/21/12345?17=180426"),
      {
        domain: "https://example.com",
        gtin: "09520123456788",
        cpv: "2A",
        lot: "ABC/123",
        serial: "12345",
        attributes: { "17": "180426" },
      },
    );
  });

  it("accepts a shorter GTIN and a custom path prefix, and normalises the GTIN", () => {
    const parsed = parseDigitalLink("https://example.com/some/path/01/9520123456788/21/12345");
    assert.equal(parsed.domain, "https://example.com/some/path");
    assert.equal(parsed.gtin, "09520123456788");
    assert.equal(parsed.serial, "12345");
  });

  it("keeps non-GS1 query parameters such as linkType", () => {
    const parsed = parseDigitalLink(
      "https://example.com/01/09520123456788/10/ABC123?15=200130&linkType=gs1%3Aepil",
    );
    assert.deepEqual(parsed.attributes, { "15": "200130", linkType: "gs1:epil" });
  });

  it("parses a path-only link as a consumer page route receives it", () => {
    assert.deepEqual(parseDigitalLink("/01/09520123456788/10/L1"), {
      domain: undefined,
      gtin: "09520123456788",
      lot: "L1",
      attributes: {},
    });
  });
});

describe("the examples of GS1 Digital Link: URI Syntax 1.2, sections 4 and 5", () => {
  const examples: [string, Partial<ReturnType<typeof parseDigitalLink>>][] = [
    ["https://id.gs1.org/01/09520123456788", { domain: "https://id.gs1.org" }],
    ["https://brand.example.com/01/9520123456788", { domain: "https://brand.example.com" }],
    [
      "https://brand.example.com/some-extra/pathinfo/01/9520123456788",
      { domain: "https://brand.example.com/some-extra/pathinfo" },
    ],
    ["https://id.gs1.org/01/09520123456788/22/2A", { cpv: "2A" }],
    ["https://id.gs1.org/01/09520123456788/10/ABC123", { lot: "ABC123" }],
    ["https://id.gs1.org/01/09520123456788/21/12345", { serial: "12345" }],
    [
      "https://id.gs1.org/01/09520123456788/10/ABC1/21/12345?17=180426",
      { lot: "ABC1", serial: "12345", attributes: { "17": "180426" } },
    ],
    ["https://id.gs1.org/01/09520123456788?3103=000195", { attributes: { "3103": "000195" } }],
    [
      "https://id.gs1.org/01/09520123456788?17=201225&3103=000195",
      { attributes: { "17": "201225", "3103": "000195" } },
    ],
    [
      "http://example.com/01/09520123456788/22/2A?linkType=gs1:traceability",
      { cpv: "2A", attributes: { linkType: "gs1:traceability" } },
    ],
  ];
  for (const [uri, expected] of examples) {
    it(uri, () => {
      const parsed = parseDigitalLink(uri);
      assert.equal(parsed.gtin, "09520123456788");
      for (const [key, value] of Object.entries(expected))
        assert.deepEqual(parsed[key as keyof typeof parsed], value);
    });
  }

  it("rebuilds the canonical form on id.gs1.org (section 4.12 example)", () => {
    const { gtin, cpv } = parseDigitalLink(
      "http://example.com/01/09520123456788/22/2A?linkType=gs1:traceability",
    );
    assert.equal(
      buildDigitalLink({ domain: "https://id.gs1.org", gtin, cpv }),
      "https://id.gs1.org/01/09520123456788/22/2A",
    );
  });
});

describe("parseDigitalLink rejects malformed links with a reason", () => {
  const cases: [string, RegExp][] = [
    ["https://example.com/10/ABC", /no \/01\/\{gtin\}/],
    ["https://example.com/01/09520123456789", /check digit is 9, expected 8/],
    ["https://example.com/01/09520123456788/21/1/10/ABC", /out of order/],
    ["https://example.com/01/09520123456788/10/A/10/B", /out of order or repeated/],
    ["https://example.com/01/09520123456788/99/X", /not a key qualifier/],
    ["https://example.com/01/09520123456788/10", /value of the batch\/lot \(AI 10\) is missing/],
    ["https://example.com/01/09520123456788/10/%E0%A4%A", /malformed percent-encoding/],
    ["https://example.com/01/09520123456788/21/%C3%A9", /outside GS1 character set 82/],
    ["https://example.com/01/09520123456788/21/123456789012345678901", /21 characters/],
    ["https://example.com/01/09520123456788?17=181342", /AI 17 must be a date YYMMDD/],
    ["https://example.com/01/09520123456788?10=ABC", /belongs in the path/],
    ["https://example.com/01/09520123456788?17=180426&17=180427", /more than once/],
    ["ftp://example.com/01/09520123456788", /neither an http\(s\) URI nor a path/],
  ];
  for (const [uri, reason] of cases) {
    it(uri, () => {
      assert.throws(
        () => parseDigitalLink(uri),
        (e: unknown) =>
          (e instanceof InvalidDigitalLinkError || e instanceof InvalidGs1KeyError) && reason.test(e.message),
      );
    });
  }
});

describe("buildDigitalLink", () => {
  it("builds the standard's example with fixed qualifier order and percent-encoding", () => {
    assert.equal(
      buildDigitalLink({
        domain: "https://example.com",
        gtin: "9520123456788",
        serial: "12345",
        lot: "ABC/123",
        cpv: "2A",
        attributes: { linkType: "gs1:pip", "17": "180426" },
      }),
      "https://example.com/01/09520123456788/22/2A/10/ABC%2F123/21/12345?17=180426&linkType=gs1%3Apip",
    );
  });

  it("builds a path-only link and encodes reserved characters", () => {
    assert.equal(
      buildDigitalLink({ gtin: "09520123456788", lot: "AB!(1)&" }),
      "/01/09520123456788/10/AB%21%281%29%26",
    );
  });

  it("rejects invalid input", () => {
    assert.throws(
      () => buildDigitalLink({ gtin: "09520123456788", lot: "" }),
      /batch\/lot \(AI 10\) is empty/,
    );
    assert.throws(
      () => buildDigitalLink({ domain: "example.com", gtin: "09520123456788" }),
      /must be an http\(s\) URL/,
    );
    assert.throws(() => buildDigitalLink({ gtin: "1234" }), InvalidGs1KeyError);
  });
});

const cset82Char = fc.constantFrom(
  ..."!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz",
);
const qualifier = fc.string({ unit: cset82Char, minLength: 1, maxLength: 20 });
const gtin = fc
  .tuple(fc.constantFrom(7, 11, 12, 13), fc.bigInt({ min: 0n, max: 10n ** 13n - 1n }))
  .map(([length, n]) => {
    const body = n.toString().padStart(13, "0").slice(-length);
    return body + computeCheckDigit(body);
  });

describe("Digital Link round trip (property)", () => {
  it("parse(build(x)) returns x with the GTIN normalised", () => {
    fc.assert(
      fc.property(
        gtin,
        fc.option(qualifier, { nil: undefined }),
        fc.option(qualifier, { nil: undefined }),
        fc.option(qualifier, { nil: undefined }),
        fc.option(fc.stringMatching(/^\d\d(0[1-9]|1[0-2])(0\d|1\d|2\d|3[01])$/), { nil: undefined }),
        fc.constantFrom(undefined, "https://id.gs1.org", "https://example.com/dl"),
        (g, cpv, lot, serial, expiry, domain) => {
          const attributes: Record<string, string> = expiry === undefined ? {} : { "17": expiry };
          const uri = buildDigitalLink({ domain, gtin: g, cpv, lot, serial, attributes });
          const parsed = parseDigitalLink(uri);
          const expected: Record<string, unknown> = { domain, gtin: g.padStart(14, "0"), attributes };
          if (cpv !== undefined) expected.cpv = cpv;
          if (lot !== undefined) expected.lot = lot;
          if (serial !== undefined) expected.serial = serial;
          assert.deepEqual(parsed, expected);
          assert.equal(buildDigitalLink(parsed), uri);
        },
      ),
    );
  });
});
