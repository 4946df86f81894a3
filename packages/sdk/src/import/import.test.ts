import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { describeDateProblem } from "./describeDateProblem.ts";
import { describeKeyProblem } from "./describeKeyProblem.ts";
import { describeLotCodeProblem } from "./describeLotCodeProblem.ts";
import { describeQuantityProblem } from "./describeQuantityProblem.ts";
import { describeUnitProblem } from "./describeUnitProblem.ts";

describe("describeKeyProblem", () => {
  test("a valid GTIN-13, GTIN-14 and GLN have no problem", () => {
    assert.equal(describeKeyProblem({ kind: "GTIN", value: "9506000134352" }), undefined);
    assert.equal(describeKeyProblem({ kind: "GTIN", value: "09506000134352" }), undefined);
    assert.equal(describeKeyProblem({ kind: "GLN", value: "9506000134352" }), undefined);
  });
  test("a wrong check digit names the digit it must be", () => {
    const found = describeKeyProblem({ kind: "GTIN", value: "09506000134353" });
    assert.match(found?.problem ?? "", /check digit of GTIN 09506000134353 is 3, but .* must be 2/);
    assert.match(found?.fix ?? "", /should be 2/);
  });
  test("lengths, letters and emptiness each say what is wrong", () => {
    assert.match(
      describeKeyProblem({ kind: "GLN", value: "950600013435" })?.problem ?? "",
      /12 digits; a GLN has 13/,
    );
    assert.match(
      describeKeyProblem({ kind: "GTIN", value: "9506 0001" })?.problem ?? "",
      /other than digits/,
    );
    assert.match(describeKeyProblem({ kind: "GTIN", value: "" })?.problem ?? "", /empty/);
  });
});

describe("describeDateProblem", () => {
  test("calendar edges: 29 February only in a leap year, no 31 April, no month 13", () => {
    assert.equal(describeDateProblem({ kind: "date", value: "2028-02-29" }), undefined);
    assert.match(
      describeDateProblem({ kind: "date", value: "2026-02-29" })?.problem ?? "",
      /29 February 2026 does not exist \(2026 is not a leap year\)/,
    );
    assert.match(
      describeDateProblem({ kind: "date", value: "2026-04-31" })?.problem ?? "",
      /31 April 2026 does not exist/,
    );
    assert.match(describeDateProblem({ kind: "date", value: "2026-13-01" })?.problem ?? "", /no month 13/);
    assert.match(describeDateProblem({ kind: "date", value: "04/03/2026" })?.fix ?? "", /YYYY-MM-DD/);
    assert.match(
      describeDateProblem({ kind: "date", value: "0026-03-04" })?.problem ?? "",
      /outside 1000–9999/,
    );
  });
  test("a date-time names its time zone, else it is refused with how to add one", () => {
    assert.equal(describeDateProblem({ kind: "dateTime", value: "2026-03-04T11:00:00+01:00" }), undefined);
    assert.equal(describeDateProblem({ kind: "dateTime", value: "2026-03-04T11:00:00Z" }), undefined);
    assert.match(
      describeDateProblem({ kind: "dateTime", value: "2026-03-04T11:00:00" })?.problem ?? "",
      /no time zone/,
    );
    assert.match(
      describeDateProblem({ kind: "dateTime", value: "2026-03-04" })?.problem ?? "",
      /without a time/,
    );
    assert.match(
      describeDateProblem({ kind: "dateTime", value: "2026-03-04T24:00:00Z" })?.problem ?? "",
      /time of day .* does not exist/,
    );
    assert.match(
      describeDateProblem({ kind: "dateTime", value: "2026-03-04T11:00:00+15:00" })?.problem ?? "",
      /offset .* does not exist/,
    );
    assert.match(
      describeDateProblem({ kind: "dateTime", value: "2026-02-30T11:00:00Z" })?.problem ?? "",
      /30 February 2026/,
    );
  });
});

describe("describeUnitProblem and describeQuantityProblem", () => {
  test("UN/ECE codes pass; everyday spellings get their code", () => {
    assert.equal(describeUnitProblem("KGM"), undefined);
    assert.match(describeUnitProblem("kg")?.fix ?? "", /Write KGM/);
    assert.match(describeUnitProblem("pieces")?.fix ?? "", /Write H87/);
    assert.match(describeUnitProblem("a lot of")?.fix ?? "", /Recommendation 20 code, e.g./);
  });
  test("quantities are positive numbers with a decimal point", () => {
    assert.equal(describeQuantityProblem("10.5"), undefined);
    assert.match(describeQuantityProblem("1,5")?.problem ?? "", /decimal point/);
    assert.match(describeQuantityProblem("-3")?.problem ?? "", /negative/);
    assert.match(describeQuantityProblem("0")?.problem ?? "", /is 0/);
    assert.match(describeQuantityProblem("ten")?.problem ?? "", /not a quantity/);
  });
});

describe("describeLotCodeProblem", () => {
  test("GS1 lot codes: 1 to 20 characters of character set 82", () => {
    assert.equal(describeLotCodeProblem("LOT-2026/07"), undefined);
    assert.match(describeLotCodeProblem("LOT 7")?.problem ?? "", /contains a space/);
    assert.match(describeLotCodeProblem("Lötcode")?.problem ?? "", /the character "ö"/);
    assert.match(
      describeLotCodeProblem("L".repeat(21))?.problem ?? "",
      /21 characters; GS1 allows at most 20/,
    );
    assert.match(describeLotCodeProblem("")?.problem ?? "", /empty/);
  });
});
