import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { canonicalNumber, canonicalTimestamp, canonicalValue } from "./canonicalValue.ts";
import { constrainDigitalLink } from "./constrainDigitalLink.ts";

describe("canonicalNumber", () => {
  it("drops trailing zeros and plus signs, writes small numbers as the reference does", () => {
    assert.equal(canonicalNumber("1.0"), "1");
    assert.equal(canonicalNumber("0.3434"), "0.3434");
    assert.equal(canonicalNumber("0.343400"), "0.3434");
    assert.equal(canonicalNumber("+5"), "5");
    assert.equal(canonicalNumber("007"), "7");
    assert.equal(canonicalNumber("-2.50"), "-2.5");
    assert.equal(canonicalNumber("0.00001"), "1e-05");
    assert.equal(canonicalNumber("1e3"), "1000");
    assert.equal(canonicalNumber("12a"), undefined);
    assert.equal(canonicalNumber("+01:00"), undefined);
  });
});

describe("canonicalTimestamp", () => {
  it("converts to UTC with milliseconds", () => {
    assert.equal(canonicalTimestamp("2020-03-04T11:00:30+01:00"), "2020-03-04T10:00:30.000Z");
    assert.equal(canonicalTimestamp("2020-03-04T10:00:30.5-02:30"), "2020-03-04T12:30:30.500Z");
    assert.equal(canonicalTimestamp("2023-01-18T11:04:03.1415Z"), "2023-01-18T11:04:03.142Z");
    assert.equal(canonicalTimestamp("2023-01-18T11:04:03.14149Z"), "2023-01-18T11:04:03.141Z");
    assert.equal(canonicalTimestamp("2020-03-04T11:00:30"), undefined);
  });
});

describe("canonicalValue", () => {
  it("expands CBV URNs, standard CURIEs and bare terms of the field's vocabulary", () => {
    assert.equal(
      canonicalValue("urn:epcglobal:cbv:disp:in_transit"),
      "https://ref.gs1.org/cbv/Disp-in_transit",
    );
    assert.equal(canonicalValue("cbv:BizStep-receiving"), "https://ref.gs1.org/cbv/BizStep-receiving");
    assert.equal(
      canonicalValue("receiving", "https://ref.gs1.org/cbv/BizStep-"),
      "https://ref.gs1.org/cbv/BizStep-receiving",
    );
    assert.equal(canonicalValue("example:thing"), "example:thing");
  });

  it("leaves other values as they are", () => {
    assert.equal(
      canonicalValue("urn:epcglobal:cbv:bt:4012345000009:ASN1099"),
      "urn:epcglobal:cbv:bt:4012345000009:ASN1099",
    );
    assert.equal(canonicalValue("geo:50.9,6.9"), "geo:50.9,6.9");
    assert.equal(canonicalValue("https://example.com/docs/1"), "https://example.com/docs/1");
  });
});

describe("constrainDigitalLink (rule 18)", () => {
  it("moves to id.gs1.org, strips the query, pads the GTIN, drops CPV and the lot when a serial is present", () => {
    assert.equal(
      constrainDigitalLink("https://example.com/shop/01/9520123456788/22/2A/10/ABC1/21/12345?17=180426"),
      "https://id.gs1.org/01/09520123456788/21/12345",
    );
    assert.equal(
      constrainDigitalLink("https://example.com/gtin/09520123456788/lot/ABC1"),
      "https://id.gs1.org/01/09520123456788/10/ABC1",
    );
    assert.equal(
      constrainDigitalLink("https://id.example.com/253/4012345000054987"),
      "https://id.gs1.org/253/4012345000054987",
    );
    assert.equal(constrainDigitalLink("https://example.com/about"), undefined);
  });
});
