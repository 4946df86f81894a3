import assert from "node:assert/strict";
import { test } from "node:test";
import { ApiError } from "@/lib/api/ApiError";
import { linkProblemWords, packingFromForm, transformationFromForm } from "./linkEventFromForm";

const lots = [
  { id: "lot-green", lotCode: "G1", productName: "Green coffee", gtin: "09506000134352" },
  { id: "lot-cocoa", lotCode: "C7", productName: "Cocoa nibs", gtin: "09506000134369" },
  { id: "lot-spare", lotCode: "S2", productName: "Sugar", gtin: "09506000134376" },
];
const products = [{ id: "prod-bar", name: "Mocha bar", gtin: "09506000134383" }];
const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
};
const when = { eventTime: "2026-04-12T08:00", eventTimeOffset: "+02:00" };

test("a transformation: the lots that went in with their quantities, a new lot and an existing one out", () => {
  const built = transformationFromForm(
    form({
      ...when,
      "use:lot-green": "input",
      "quantity:lot-green": "12,5",
      "unit:lot-green": "kgm",
      "use:lot-cocoa": "input",
      "use:lot-spare": "output",
      "newProduct.0": "prod-bar",
      "newLotCode.0": "BAR-1",
      "quantity:new.0": "100",
      "unit:new.0": "EA",
      "newProductionDate.0": "2026-04-12",
      "newProduct.1": "",
      "newLotCode.1": "",
    }),
    lots,
    products,
  );
  assert.deepEqual(built, {
    event: {
      type: "transformation",
      bizStep: "commissioning",
      eventTime: "2026-04-12T08:00:00.000+02:00",
      eventTimeZoneOffset: "+02:00",
      inputs: [
        { lot: { id: "lot-green" }, quantity: { value: 12.5, unit: "KGM" } },
        { lot: { id: "lot-cocoa" } },
      ],
      outputs: [
        { lot: { id: "lot-spare" } },
        {
          newLot: { productId: "prod-bar", lotCode: "BAR-1", productionDate: "2026-04-12" },
          quantity: { value: 100, unit: "EA" },
        },
      ],
    },
  });
});

test("what a transformation is missing is said in words", () => {
  const said = (fields: Record<string, string>) =>
    (transformationFromForm(form({ ...when, ...fields }), lots, products) as { error?: string }).error;
  assert.equal(
    said({ "newProduct.0": "prod-bar", "newLotCode.0": "B" }),
    "Choose at least one lot that went in.",
  );
  assert.match(said({ "use:lot-green": "input" }) ?? "", /^Say what came out/);
  assert.equal(
    said({
      "use:lot-green": "input",
      "quantity:lot-green": "lots",
      "newProduct.0": "prod-bar",
      "newLotCode.0": "B",
    }),
    "The quantity of lot G1 of Green coffee must be a number, 0 or more (“lots” is not).",
  );
  assert.equal(
    said({ "use:lot-green": "input", "newProduct.0": "prod-bar" }),
    "Give the new lot of Mocha bar a lot code.",
  );
  assert.equal(
    said({ "use:lot-green": "input", "newLotCode.0": "B" }),
    "Choose the product of the new lot B.",
  );
  assert.equal(
    (transformationFromForm(form({ "use:lot-green": "input" }), lots, products) as { error: string }).error,
    "Give the date and time it happened.",
  );
});

test("a packing: an SSCC with a valid check digit, the lots packed with serials", () => {
  const built = packingFromForm(
    form({
      ...when,
      parentKind: "sscc",
      sscc: "0401 2345 0000 0022 25",
      pack: ["lot-green", "lot-cocoa"],
      "quantity:lot-green": "40",
      "serials:lot-cocoa": "1001, 1002",
    }),
    lots,
    products,
  );
  assert.deepEqual(built, {
    event: {
      type: "aggregation",
      action: "ADD",
      bizStep: "packing",
      eventTime: "2026-04-12T08:00:00.000+02:00",
      eventTimeZoneOffset: "+02:00",
      parent: "https://id.gs1.org/00/040123450000002225",
      children: [
        { lot: { id: "lot-green" }, quantity: { value: 40 } },
        { lot: { id: "lot-cocoa" }, serials: ["1001", "1002"] },
      ],
    },
  });
  const serialParent = packingFromForm(
    form({
      ...when,
      parentKind: "serial",
      parentProduct: "prod-bar",
      parentSerial: "X/1",
      pack: "lot-green",
    }),
    lots,
    products,
  );
  assert.equal(
    "event" in serialParent && serialParent.event.parent,
    "https://id.gs1.org/01/09506000134383/21/X%2F1",
  );
  const said = (fields: Record<string, string>) =>
    (packingFromForm(form({ ...when, pack: "lot-green", ...fields }), lots, products) as { error?: string })
      .error;
  assert.match(said({ sscc: "12345" }) ?? "", /^An SSCC has 18 digits/);
  assert.match(
    said({ parentKind: "serial", parentProduct: "prod-bar", parentSerial: "X 1" }) ?? "",
    /^The serial number "X 1" has a character a GS1 serial number cannot carry/,
  );
  assert.equal(
    said({ sscc: "040123450000002226" }),
    "The SSCC 040123450000002226 has a wrong last digit (its check digit): check the number.",
  );
  assert.equal(
    (packingFromForm(form({ ...when, sscc: "040123450000002225" }), lots, products) as { error: string })
      .error,
    "Choose at least one lot that was packed.",
  );
});

test("the API's refusals become sentences naming the lot and what to do", () => {
  const event = { outputs: [{ newLot: { productId: "prod-bar", lotCode: "BAR-1" } }] };
  const taken = new ApiError(409, "Conflict", "…", [
    { field: "body.outputs[0].newLot.lotCode", message: "this product already has a lot with this code" },
  ]);
  assert.equal(
    linkProblemWords(taken, lots, products, event),
    "Mocha bar already has a lot BAR-1: mark that lot “Came out”, or give the new lot another code.",
  );
  const foreign = new ApiError(422, "Reference to another organisation", "…", [
    {
      field: "body.inputs",
      message:
        "https://id.gs1.org/01/09506000134369/10/C7 is a lot of another organisation, which has not shipped it to you (event ni:///sha-256;abc)",
    },
  ]);
  assert.equal(
    linkProblemWords(foreign, lots, products, event),
    "Lot C7 of Cocoa nibs belongs to another organisation that has not shipped it to you: you can only record your own lots and lots shipped to you.",
  );
  const serial = new ApiError(422, "Reference to another organisation", "…", [
    {
      field: "body.parent",
      message:
        "https://id.gs1.org/01/09506000134383/21/77 is a serial item of another organisation (event x)",
    },
  ]);
  assert.match(
    linkProblemWords(serial, lots, products, event),
    /^The item with serial 77 belongs to another/,
  );
});
