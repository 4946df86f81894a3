import assert from "node:assert/strict";
import { test } from "node:test";
import {
  canonicalIdentifier,
  locationUri,
  lotClassUri,
  parsePartyUri,
  partyUri,
  serialUri,
  tradeItemKey,
} from "./tracemarkIdentifiers.ts";

test("lots and serials are named by Digital Link, and read back", () => {
  const lot = lotClassUri("9520123456788", "L/1");
  assert.equal(lot, "https://id.gs1.org/01/09520123456788/10/L%2F1");
  assert.deepEqual(tradeItemKey(lot), { gtin: "09520123456788", lot: "L/1", serial: undefined });
  const serial = serialUri("09520123456788", "S1");
  assert.equal(serial, "https://id.gs1.org/01/09520123456788/21/S1");
  assert.equal(tradeItemKey(serial)?.serial, "S1");
  assert.equal(tradeItemKey("urn:uuid:1"), undefined);
});

test("EPC URIs and other Digital Link domains canonicalise to the same value", () => {
  assert.equal(
    canonicalIdentifier("urn:epc:class:lgtin:4012345.012345.998877"),
    "https://id.gs1.org/01/04012345123456/10/998877",
  );
  assert.equal(
    canonicalIdentifier("https://example.com/dl/01/4012345123456/10/998877?17=270101"),
    "https://id.gs1.org/01/04012345123456/10/998877",
  );
  assert.equal(
    canonicalIdentifier("urn:epc:id:sscc:4012345.0000000111"),
    "https://id.gs1.org/00/040123450000001112",
  );
  assert.equal(canonicalIdentifier("urn:example:thing:1"), "urn:example:thing:1");
});

test("places and parties round-trip", () => {
  assert.equal(locationUri({ gln: "9520123456788" }), "https://id.gs1.org/414/9520123456788");
  assert.equal(
    locationUri({ gln: "9520123456788", extension: "7" }),
    "https://id.gs1.org/414/9520123456788/254/7",
  );
  assert.equal(locationUri({ id: "abc", gln: null }), "urn:tracemark:location:abc");
  const org = { id: "7b1c1a6e-0000-4000-8000-000000000001", gln: null };
  assert.deepEqual(parsePartyUri(partyUri(org)), { organizationId: org.id });
  assert.deepEqual(parsePartyUri(partyUri({ ...org, gln: "9520123456788" })), { gln: "9520123456788" });
  assert.deepEqual(parsePartyUri("urn:epc:id:sgln:9520123.45678.0"), { gln: "9520123456788" });
  assert.deepEqual(parsePartyUri("urn:tracemark:location:abc"), { locationId: "abc" });
  assert.equal(parsePartyUri("https://example.com/x"), undefined);
});
