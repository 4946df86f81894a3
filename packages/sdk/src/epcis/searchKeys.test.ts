import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bizTransactionSearchKeys, placeSearchKey } from "./searchKeys.ts";

describe("search keys: what trace search finds an event by", () => {
  it("finds a business transaction by its URI and by its reference, whatever the case", () => {
    const event = {
      bizTransactionList: [
        { type: "po", bizTransaction: "urn:epcglobal:cbv:bt:0614141073467:PO-4711" },
        { bizTransaction: "https://example.com/invoices/INV-9/" },
        { bizTransaction: 42 },
        "not an object",
      ],
    };
    assert.deepEqual(bizTransactionSearchKeys(event), [
      "urn:epcglobal:cbv:bt:0614141073467:po-4711",
      "po-4711",
      "https://example.com/invoices/inv-9/",
      "inv-9",
    ]);
    assert.deepEqual(bizTransactionSearchKeys({ bizTransactionList: "PO-1" }), []);
    assert.deepEqual(bizTransactionSearchKeys({}), []);
  });
  it("finds a place by its GLN whether written as an SGLN or a Digital Link", () => {
    assert.equal(placeSearchKey("urn:epc:id:sgln:0614141.00777.0"), "gln:061414100777");
    assert.equal(placeSearchKey("https://id.gs1.org/414/0614141007772/254/7"), "gln:061414100777");
    assert.equal(placeSearchKey("https://example.com/417/0614141007772"), "gln:061414100777");
    assert.equal(placeSearchKey("urn:tracemark:location:ABC"), "urn:tracemark:location:abc");
    // One code point at a time, as Postgres's lower(): no "i" + combining dot, no final sigma.
    assert.equal(placeSearchKey("urn:x:İSTANBUL-ΣΟΦΙΑΣ"), "urn:x:istanbul-σοφιασ");
  });
});
