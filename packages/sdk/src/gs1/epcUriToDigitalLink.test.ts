import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { epcUriToDigitalLink } from "./epcUriToDigitalLink.ts";

// Expected values from the EPCIS hash reference examples and GS1 Tag Data Standard examples.
describe("epcUriToDigitalLink", () => {
  const cases: [string, string][] = [
    ["urn:epc:id:sgtin:4012345.011111.9876", "https://id.gs1.org/01/04012345111118/21/9876"],
    ["urn:epc:id:sgtin:0614141.112345.400", "https://id.gs1.org/01/10614141123459/21/400"],
    ["urn:epc:id:sscc:4012345.0000000111", "https://id.gs1.org/00/040123450000001112"],
    ["urn:epc:id:sscc:0614141.1234567890", "https://id.gs1.org/00/106141412345678908"],
    ["urn:epc:id:sgln:4012345.00011.987", "https://id.gs1.org/414/4012345000115/254/987"],
    ["urn:epc:id:sgln:4012345.00005.0", "https://id.gs1.org/414/4012345000054"],
    ["urn:epc:id:pgln:4012345.00000", "https://id.gs1.org/417/4012345000009"],
    ["urn:epc:id:giai:4000001.111", "https://id.gs1.org/8004/4000001111"],
    ["urn:epc:id:gdti:4012345.11111.123", "https://id.gs1.org/253/4012345111118123"],
    ["urn:epc:id:grai:0614141.12345.400", "https://id.gs1.org/8003/00614141123452400"],
    ["urn:epc:class:lgtin:4012345.012345.998877", "https://id.gs1.org/01/04012345123456/10/998877"],
    ["urn:epc:idpat:sgtin:4012345.012345.*", "https://id.gs1.org/01/04012345123456"],
    ["urn:epc:id:sgtin:4012345.011111.A%2FB!", "https://id.gs1.org/01/04012345111118/21/A%2FB%21"],
  ];
  for (const [uri, expected] of cases) {
    it(uri, () => assert.equal(epcUriToDigitalLink(uri), expected));
  }

  it("returns undefined for malformed or unknown URIs", () => {
    assert.equal(epcUriToDigitalLink("urn:epc:id:sgtin:4012345.0111.9876"), undefined);
    assert.equal(epcUriToDigitalLink("urn:epc:id:sscc:4012345.000000011"), undefined);
    assert.equal(epcUriToDigitalLink("urn:example:1"), undefined);
  });
});
