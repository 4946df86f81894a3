import assert from "node:assert/strict";
import { test } from "node:test";
import { identifierKind, identifierSpellings, locationWithDescendants } from "./identifierSpellings.ts";

test("an EPC URI and its Digital Link find each other, for every company prefix length", () => {
  const spellings = identifierSpellings("https://id.gs1.org/414/0614141073467/254/1234");
  assert.ok(spellings.exact.includes("urn:epc:id:sgln:0614141.07346.1234"));
  assert.ok(spellings.exact.includes("urn:epc:id:sgln:061414.107346.1234"));
  assert.ok(
    new RegExp(spellings.patterns[0] ?? "").test("https://example.com/dl/414/0614141073467/254/1234?x=1"),
  );
  assert.deepEqual(identifierSpellings("urn:example:thing:1"), {
    exact: ["urn:example:thing:1"],
    patterns: [],
  });
});

test("a site's descendants are its GLN's extensions; a sub-location has none", () => {
  const site = locationWithDescendants("urn:epc:id:sgln:0614141.07346.0");
  assert.ok(site.patterns.some((p) => new RegExp(p).test("urn:epc:id:sgln:0614141.07346.dock-2")));
  const sub = locationWithDescendants("urn:epc:id:sgln:0614141.07346.7");
  assert.ok(!sub.patterns.some((p) => new RegExp(p).test("urn:epc:id:sgln:0614141.07346.dock-2")));
});

test("an identifier's kind: logistic unit, serialised item, class, or other", () => {
  assert.equal(identifierKind("urn:epc:id:sscc:0614141.1234567890"), "container");
  assert.equal(identifierKind("https://id.gs1.org/00/106141412345678908"), "container");
  assert.equal(identifierKind("urn:epc:id:sgtin:0614141.107346.2017"), "item");
  assert.equal(identifierKind("https://id.gs1.org/01/10614141073464/21/2017"), "item");
  assert.equal(identifierKind("https://id.gs1.org/01/10614141073464/10/LOT-1"), "class");
  assert.equal(identifierKind("urn:epc:idpat:sgtin:0614141.107346.*"), "class");
  assert.equal(identifierKind("urn:example:thing:1"), "other");
});
