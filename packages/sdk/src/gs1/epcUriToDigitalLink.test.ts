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

  // GS1's reference event-hash implementation's cases, every scheme and pattern (RalphTro/epcis-event-hash-generator,
  // tests/dl_normaliser_test.py, test_good_epc_conversion and test_epc_uri_patterns; MIT).
  const referenceCases: [string, string][] = [
    ["urn:epc:id:sgtin:4012345.011111.98%22", "https://id.gs1.org/01/04012345111118/21/98%22"],
    ["urn:epc:id:sgtin:415056789012.0.987654", "https://id.gs1.org/01/04150567890128/21/987654"],
    [
      "urn:epc:id:sgtin:0614141.812345.6789%2F%26%25%22!%3F()",
      "https://id.gs1.org/01/80614141123458/21/6789%2F%26%25%22%21%3F%28%29",
    ],
    ["urn:epc:id:sscc:4012345.3111111111", "https://id.gs1.org/00/340123451111111111"],
    ["urn:epc:id:sgln:4012345.00005.122", "https://id.gs1.org/414/4012345000054/254/122"],
    ["urn:epc:id:sgln:4012345.00005.0", "https://id.gs1.org/414/4012345000054"],
    ["urn:epc:id:grai:4012345.00022.334455", "https://id.gs1.org/8003/04012345000221334455"],
    ["urn:epc:id:giai:4012345.ABC345", "https://id.gs1.org/8004/4012345ABC345"],
    ["urn:epc:id:gsrn:4012345.0000006765", "https://id.gs1.org/8018/401234500000067657"],
    ["urn:epc:id:gsrnp:4012345.0000000007", "https://id.gs1.org/8017/401234500000000074"],
    ["urn:epc:id:gdti:4012345.00009.PO-4711", "https://id.gs1.org/253/4012345000092PO-4711"],
    ["urn:epc:id:gdti:987659999999..9", "https://id.gs1.org/253/98765999999929"],
    [
      "urn:epc:id:cpi:0614141.11111111111111-A%23%2F.1234",
      "https://id.gs1.org/8010/061414111111111111111-A%23%2F/8011/1234",
    ],
    ["urn:epc:id:ginc:0614141.xyz47%2F11", "https://id.gs1.org/401/0614141xyz47%2F11"],
    ["urn:epc:id:gsin:4012345.222333444", "https://id.gs1.org/402/40123452223334442"],
    ["urn:epc:id:itip:4012345.011111.01.02.987", "https://id.gs1.org/8006/040123451111180102/21/987"],
    [
      "urn:epc:id:upui:1234567.098765.51qIgY)%3C%26Jp3*j7SDB",
      "https://id.gs1.org/01/01234567987651/235/51qIgY%29%3C%26Jp3%2Aj7SDB",
    ],
    ["urn:epc:id:pgln:4000001.00000", "https://id.gs1.org/417/4000001000005"],
    ["urn:epc:id:pgln:999999999999.", "https://id.gs1.org/417/9999999999994"],
    ["urn:epc:class:lgtin:4012345.012345.Lot987", "https://id.gs1.org/01/04012345123456/10/Lot987"],
    ["urn:epc:idpat:sgtin:4012345.012345.*", "https://id.gs1.org/01/04012345123456"],
    ["urn:epc:idpat:grai:4012345.99999.*", "https://id.gs1.org/8003/04012345999990"],
    ["urn:epc:idpat:gdti:4012345.11111.*", "https://id.gs1.org/253/4012345111118"],
    ["urn:epc:idpat:sgcn:4012345.22222.*", "https://id.gs1.org/255/4012345222227"],
    ["urn:epc:idpat:cpi:4012345.AB12.*", "https://id.gs1.org/8010/4012345AB12"],
    ["urn:epc:idpat:itip:4012345.012345.01.02.*", "https://id.gs1.org/8006/040123451234560102"],
    ["urn:epc:idpat:upui:4012345.012345.*", "https://id.gs1.org/01/04012345123456"],
  ];
  for (const [uri, expected] of referenceCases) {
    it(`reference: ${uri}`, () => assert.equal(epcUriToDigitalLink(uri), expected));
  }

  it("converts as event hash rule version 1 did when asked: fewer schemes, no empty reference", () => {
    const v1 = { hashVersion: 1 } as const;
    assert.equal(epcUriToDigitalLink("urn:epc:id:cpi:4012345.AB12.1", v1), undefined);
    assert.equal(epcUriToDigitalLink("urn:epc:idpat:grai:4012345.99999.*", v1), undefined);
    assert.equal(epcUriToDigitalLink("urn:epc:id:pgln:999999999999.", v1), undefined);
    assert.equal(
      epcUriToDigitalLink("urn:epc:id:sgtin:4012345.011111.9876", v1),
      "https://id.gs1.org/01/04012345111118/21/9876",
    );
  });

  it("returns undefined for malformed or unknown URIs", () => {
    assert.equal(epcUriToDigitalLink("urn:epc:id:sgtin:4012345.0111.9876"), undefined);
    assert.equal(epcUriToDigitalLink("urn:epc:id:sscc:4012345.000000011"), undefined);
    assert.equal(epcUriToDigitalLink("urn:example:1"), undefined);
  });
});
