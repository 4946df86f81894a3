import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { InvalidDigitalLinkError, InvalidGs1KeyError } from "../errors/gs1.ts";
import { buildGs1DigitalLink } from "./buildGs1DigitalLink.ts";
import { computeCheckDigit } from "./computeCheckDigit.ts";
import { parseDigitalLink } from "./parseDigitalLink.ts";
import { parseGs1DigitalLink } from "./parseGs1DigitalLink.ts";
import type { Gs1DigitalLink } from "./types.ts";

/** A valid GS1 key of `length` digits (check digit computed). */
const key = (lengths: number[]) =>
  fc.tuple(fc.constantFrom(...lengths), fc.bigInt({ min: 0n, max: 10n ** 17n - 1n })).map(([length, n]) => {
    const body = n
      .toString()
      .padStart(17, "0")
      .slice(-(length - 1));
    return body + computeCheckDigit(body);
  });
const cset82Char = fc.constantFrom(
  ..."!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz",
);
const cset82 = fc.string({ unit: cset82Char, minLength: 1, maxLength: 20 });
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const date = fc.stringMatching(/^\d\d(0[1-9]|1[0-2])(0\d|1\d|2\d|3[01])$/);

/** Every query attribute Tracemark reads or writes: GS1 date AIs, a net weight, and resolver parameters. */
const attributes = fc.record(
  {
    "11": date,
    "13": date,
    "15": date,
    "16": date,
    "17": date,
    "3103": fc.stringMatching(/^\d{6}$/),
    linkType: fc.constantFrom("gs1:pip", "gs1:certificationInfo", "gs1:traceability", "all"),
    context: fc.string({ minLength: 1, maxLength: 12 }),
  },
  { requiredKeys: [] },
);
const domain = fc.constantFrom(undefined, "https://id.gs1.org", "https://example.com/custom/prefix");

const gtinLink = fc.record({
  key: fc.constant("01" as const),
  domain,
  gtin: key([8, 12, 13, 14]),
  cpv: optional(cset82),
  lot: optional(cset82),
  serial: optional(cset82),
  attributes,
});
const ssccLink = fc.record({ key: fc.constant("00" as const), domain, sscc: key([18]), attributes });
const glnLink = fc.record({
  key: fc.constant("414" as const),
  domain,
  gln: key([13]),
  glnExtension: optional(cset82),
  attributes,
});
const anyLink: fc.Arbitrary<Gs1DigitalLink> = fc.oneof(gtinLink, ssccLink, glnLink);

/** What `parseGs1DigitalLink` gives back for `link`: the GTIN at 14 digits, absent fields left out. */
function normalised(link: Gs1DigitalLink): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(link)) if (value !== undefined) out[name] = value;
  if (link.key === "01") out.gtin = link.gtin.padStart(14, "0");
  out.domain = link.domain;
  out.attributes = { ...link.attributes };
  return out;
}

describe("GS1 Digital Link round trips over every AI used: 01, 22, 10, 21, 00, 414, 254 and query AIs (property)", () => {
  it("parse(build(x)) is x normalised, and build(parse(uri)) is the same URI", () => {
    fc.assert(
      fc.property(anyLink, (link) => {
        const uri = buildGs1DigitalLink(link);
        const parsed = parseGs1DigitalLink(uri);
        assert.deepEqual(parsed, normalised(link));
        assert.equal(buildGs1DigitalLink(parsed), uri);
      }),
      { numRuns: 500 },
    );
  });

  it("a GTIN written as 8, 12 or 13 digits parses to the same link as its 14 digits", () => {
    fc.assert(
      fc.property(gtinLink, (link) => {
        const uri = buildGs1DigitalLink(link);
        const unpadded = uri.replace(/\/01\/0*(\d+)/, (_, digits: string) => {
          const length = [8, 12, 13, 14].find((n) => n >= digits.length) as number;
          return `/01/${digits.padStart(length, "0")}`;
        });
        assert.deepEqual(parseGs1DigitalLink(unpadded), parseGs1DigitalLink(uri));
      }),
    );
  });

  it("parseDigitalLink reads exactly the GTIN links, and refuses the other primary keys", () => {
    fc.assert(
      fc.property(anyLink, (link) => {
        const uri = buildGs1DigitalLink(link);
        if (link.key === "01") {
          const { key: _key, ...rest } = parseGs1DigitalLink(uri);
          assert.deepEqual(parseDigitalLink(uri), rest);
        } else {
          assert.throws(() => parseDigitalLink(uri), /no \/01\/\{gtin\} path segment/);
        }
      }),
    );
  });

  it("a key with a wrong check digit is refused, naming the digit it has and the one expected", () => {
    fc.assert(
      fc.property(anyLink, fc.integer({ min: 1, max: 9 }), (link, shift) => {
        const uri = buildGs1DigitalLink(link);
        const match = /\/(01|00|414)\/(\d+)/.exec(uri) as RegExpExecArray;
        const digits = match[2] as string;
        const right = digits.at(-1) as string;
        const wrong = String((Number(right) + shift) % 10);
        const broken = uri.replace(match[0], `/${match[1]}/${digits.slice(0, -1)}${wrong}`);
        assert.throws(
          () => parseGs1DigitalLink(broken),
          (e: unknown) =>
            e instanceof InvalidGs1KeyError &&
            e.message.includes(`the check digit is ${wrong}, expected ${right}`),
        );
      }),
    );
  });

  it("qualifiers out of GS1's order are refused", () => {
    fc.assert(
      fc.property(key([14]), cset82, cset82, (gtin, lot, serial) => {
        assert.throws(
          () =>
            parseGs1DigitalLink(`/01/${gtin}/21/${encodeURIComponent(serial)}/10/${encodeURIComponent(lot)}`),
          (e: unknown) => e instanceof InvalidDigitalLinkError && /out of order/.test(e.message),
        );
      }),
    );
  });
});

describe("parseGs1DigitalLink on GS1's examples of other primary keys", () => {
  it("an SSCC (GS1 Digital Link 1.2 §4.9 style) with a custom path prefix", () => {
    assert.deepEqual(parseGs1DigitalLink("https://example.com/some/path/00/106141412345678908"), {
      key: "00",
      domain: "https://example.com/some/path",
      sscc: "106141412345678908",
      attributes: {},
    });
  });

  it("a GLN with its extension component (AI 254)", () => {
    assert.deepEqual(parseGs1DigitalLink("https://id.gs1.org/414/9520123456788/254/32a%2Fb"), {
      key: "414",
      domain: "https://id.gs1.org",
      gln: "9520123456788",
      glnExtension: "32a/b",
      attributes: {},
    });
  });

  const refused: [string, RegExp][] = [
    ["/00/106141412345678909", /check digit is 9, expected 8/],
    ["/00/10614141234567890", /has 17 digits, expected 18/],
    ["/00/106141412345678908/10/A", /not a key qualifier of a SSCC \(it has none\)/],
    ["/414/9520123456788/21/A", /not a key qualifier of a GLN \(allowed: 254/],
    ["/414/9520123456788?254=A", /belongs in the path/],
    ["/8004/123", /no \/01\/\{gtin\}, \/00\/\{sscc\}, \/414\/\{gln\} path segment/],
  ];
  for (const [uri, reason] of refused) {
    it(`refuses ${uri}`, () => {
      assert.throws(
        () => parseGs1DigitalLink(uri),
        (e: unknown) =>
          (e instanceof InvalidDigitalLinkError || e instanceof InvalidGs1KeyError) && reason.test(e.message),
      );
    });
  }
});
