import assert from "node:assert/strict";
import { test } from "node:test";
import { cbvForms } from "./cbv.ts";
import { cbvLabel } from "./cbvLabel.ts";
import { cbvTerm } from "./cbvTerm.ts";
import { cbvVariants } from "./cbvVariants.ts";

test("cbvTerm reads every form of every CBV vocabulary back to its bare term", () => {
  for (const [kind, forms] of Object.entries(cbvForms) as [
    keyof typeof cbvForms,
    (typeof cbvForms)["bizStep"],
  ][]) {
    for (const prefix of [forms.urn, forms.web, forms.curie, ""])
      assert.equal(cbvTerm(kind, `${prefix}some_term`), "some_term", `${kind} ${prefix}`);
  }
});

test("cbvTerm leaves another vocabulary's value, or another CBV vocabulary's, unchanged", () => {
  assert.equal(
    cbvTerm("bizStep", "https://example.org/steps/roasting"),
    "https://example.org/steps/roasting",
  );
  assert.equal(cbvTerm("bizStep", "urn:epcglobal:cbv:disp:in_transit"), "urn:epcglobal:cbv:disp:in_transit");
  assert.equal(cbvTerm(["bizStep", "disposition"], "cbv:Disp-in_transit"), "in_transit");
});

test("cbvVariants spells a term in its four forms; a private URI only as itself", () => {
  assert.deepEqual(cbvVariants("disposition", "cbv:Disp-in_transit"), [
    "in_transit",
    "urn:epcglobal:cbv:disp:in_transit",
    "https://ref.gs1.org/cbv/Disp-in_transit",
    "cbv:Disp-in_transit",
  ]);
  assert.deepEqual(cbvVariants("bizStep", "urn:example:roast"), ["urn:example:roast"]);
});

test("cbvLabel gives words a person reads", () => {
  assert.equal(cbvLabel("bizStep", "https://ref.gs1.org/cbv/BizStep-retail_selling"), "Retail selling");
  assert.equal(cbvLabel(["bizStep", "disposition"], "urn:epcglobal:cbv:disp:in_transit"), "In transit");
  assert.equal(cbvLabel("bizStep", "https://example.org/steps/cold-storing"), "Cold storing");
});
