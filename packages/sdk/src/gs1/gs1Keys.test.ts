import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { InvalidGs1KeyError } from "../errors/gs1.ts";
import { computeCheckDigit } from "./computeCheckDigit.ts";
import { isValidGln, normalizeGln } from "./normalizeGln.ts";
import { isValidGtin, normalizeGtin } from "./normalizeGtin.ts";
import { isValidSscc, normalizeSscc } from "./normalizeSscc.ts";

describe("computeCheckDigit", () => {
  it("computes the GS1 mod-10 check digit of published example keys", () => {
    // GTIN-13 9520123456788 and GTIN-14 09520123456788 (GS1 Digital Link standard examples)
    assert.equal(computeCheckDigit("952012345678"), "8");
    assert.equal(computeCheckDigit("0952012345678"), "8");
    // GTIN-8 96385074 and GTIN-12 614141000036 (GS1 General Specifications examples)
    assert.equal(computeCheckDigit("9638507"), "4");
    assert.equal(computeCheckDigit("61414100003"), "6");
    // SSCC 106141411234567897 (GS1 General Specifications example)
    assert.equal(computeCheckDigit("10614141123456789"), "7");
    // GLN 4012345000115 (EPCIS hash reference example, urn:epc:id:sgln:4012345.00011.*)
    assert.equal(computeCheckDigit("401234500011"), "5");
  });

  it("rejects non-digits", () => {
    assert.throws(() => computeCheckDigit("12a"), TypeError);
  });
});

describe("normalizeGtin", () => {
  it("pads GTIN-8, -12 and -13 to 14 digits", () => {
    assert.equal(normalizeGtin("96385074"), "00000096385074");
    assert.equal(normalizeGtin("614141000036"), "00614141000036");
    assert.equal(normalizeGtin("9520123456788"), "09520123456788");
    assert.equal(normalizeGtin("09520123456788"), "09520123456788");
  });

  it("explains what is wrong", () => {
    assert.throws(
      () => normalizeGtin("9520123456789"),
      (e: unknown) => {
        assert.ok(e instanceof InvalidGs1KeyError);
        assert.equal(e.kind, "GTIN");
        assert.match(e.message, /check digit is 9, expected 8/);
        return true;
      },
    );
    assert.throws(() => normalizeGtin("952012345678"), /12 digits|check digit/);
    assert.throws(() => normalizeGtin("95201234567"), /11 digits, expected 8, 12, 13 or 14/);
    assert.throws(() => normalizeGtin("95201234567A8"), /digits only/);
    assert.throws(() => normalizeGtin(""), /empty/);
  });

  it("isValidGtin mirrors normalizeGtin", () => {
    assert.equal(isValidGtin("09520123456788"), true);
    assert.equal(isValidGtin("09520123456787"), false);
  });
});

describe("GLN and SSCC", () => {
  it("accepts valid keys and rejects a wrong check digit or length", () => {
    assert.equal(normalizeGln("4012345000115"), "4012345000115");
    assert.equal(isValidGln("4012345000116"), false);
    assert.throws(() => normalizeGln("401234500011"), /12 digits, expected 13/);
    assert.equal(normalizeSscc("106141411234567897"), "106141411234567897");
    assert.equal(normalizeSscc("040123450000001112"), "040123450000001112");
    assert.equal(isValidSscc("106141411234567898"), false);
    assert.throws(() => normalizeSscc("0401234500000011128"), /19 digits, expected 18/);
  });
});
