import assert from "node:assert/strict";
import { test } from "node:test";
import { partyNames } from "@/lib/api/partyNames";
import { shippingDetailsOf } from "./shippingDetailsOf";

const orgB = { id: "5f0e0000-0000-4000-8000-000000000002", name: "Northern Grocers", gln: "9520123456788" };
const orgC = { id: "5f0e0000-0000-4000-8000-000000000003", name: "Harbour Freight", gln: null };

test("a shipping event names its lot, its destination company and place, its temperature and its documents", () => {
  const event = {
    type: "ObjectEvent",
    action: "OBSERVE",
    bizStep: "shipping",
    quantityList: [{ epcClass: "https://id.gs1.org/01/09520123456788/10/L-42", quantity: 10, uom: "KGM" }],
    epcList: ["urn:epc:id:sgtin:9520123.45678.1001"],
    destinationList: [
      { type: "location", destination: "urn:tracemark:location:abc" },
      { type: "owning_party", destination: "https://id.gs1.org/417/9520123456788" },
      { type: "possessing_party", destination: "urn:tracemark:org:5f0e0000-0000-4000-8000-000000000003" },
    ],
    sourceList: [{ type: "owning_party", source: "https://id.gs1.org/417/9506000134352" }],
    sensorElementList: [
      {
        sensorReport: [
          { type: "gs1:Temperature", value: 4.5, uom: "CEL" },
          { type: "https://gs1.org/voc/RelativeHumidity", minValue: 80, maxValue: 85, uom: "P1" },
        ],
      },
    ],
    bizTransactionList: [
      { type: "urn:epcglobal:cbv:btt:po", bizTransaction: "urn:tracemark:bt:PO%207" },
      {
        type: "https://ref.gs1.org/cbv/BTT-desadv",
        bizTransaction: "urn:epcglobal:cbv:bt:9520123456788:DA-9",
      },
    ],
  };
  const names = { "urn:tracemark:location:abc": "Rotterdam cold store", ...partyNames([orgB, orgC]) };
  assert.deepEqual(shippingDetailsOf(event, names), {
    lots: [{ gtin: "09520123456788", lot: "L-42" }],
    destinations: ["Northern Grocers", "Harbour Freight", "Rotterdam cold store"],
    sources: ["the company with GLN 9506000134352"],
    readings: ["Temperature 4.5 °C", "Relative humidity 80% to 85%"],
    documents: ["Purchase order PO 7", "Despatch advice DA-9"],
  });
});

test("an event without shipping details has none, and withheld fields are simply absent", () => {
  assert.deepEqual(
    shippingDetailsOf({ type: "ObjectEvent", epcList: ["urn:epc:id:sscc:9520123.0000000001"] }),
    {
      lots: [],
      destinations: [],
      sources: [],
      readings: [],
      documents: [],
    },
  );
});

test("lots from URN classes and transformation outputs, each once", () => {
  const { lots } = shippingDetailsOf({
    inputQuantityList: [{ epcClass: "urn:epc:class:lgtin:4012345.012345.998877", quantity: 1 }],
    outputEPCList: [
      "https://id.gs1.org/01/04012345123456/10/998877/21/1",
      "https://example.com/01/09520123456788/10/OUT",
    ],
  });
  assert.deepEqual(lots, [
    { gtin: "04012345123456", lot: "998877" },
    { gtin: "09520123456788", lot: "OUT" },
  ]);
});
