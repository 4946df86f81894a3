import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/locales";
import { type ConsumerTranslator, shippingVocabularyOf } from "@/i18n/shippingVocabularyOf";
import { partyNames } from "@/lib/api/partyNames";
import { englishShippingWords } from "./englishShippingWords";
import { shippingDetailsOf } from "./shippingDetailsOf";
import { wordShippingDetails } from "./wordShippingDetails";

const orgB = { id: "5f0e0000-0000-4000-8000-000000000002", name: "Northern Grocers", gln: "9520123456788" };
const orgC = { id: "5f0e0000-0000-4000-8000-000000000003", name: "Harbour Freight", gln: null };

const shipping = {
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

test("a shipping event names its lot, its destination company and place, its temperature and its documents, as parts", () => {
  assert.deepEqual(shippingDetailsOf(shipping, names), {
    lots: [{ gtin: "09520123456788", lot: "L-42" }],
    destinations: [
      { kind: "named", name: "Northern Grocers" },
      { kind: "named", name: "Harbour Freight" },
      { kind: "named", name: "Rotterdam cold store" },
    ],
    sources: [{ kind: "gln", gln: "9506000134352", place: false }],
    readings: [
      { property: "Temperature", unit: "CEL", value: { kind: "value", value: 4.5 } },
      { property: "RelativeHumidity", unit: "P1", value: { kind: "range", min: 80, max: 85 } },
    ],
    documents: [
      { kind: "po", reference: "PO 7" },
      { kind: "desadv", reference: "DA-9" },
    ],
  });
});

test("the dashboard words them in English", () => {
  assert.deepEqual(wordShippingDetails(shippingDetailsOf(shipping, names), englishShippingWords), {
    destinations: ["Northern Grocers", "Harbour Freight", "Rotterdam cold store"],
    sources: ["the company with GLN 9506000134352"],
    readings: ["Temperature 4.5°C", "Relative humidity 80% to 85%"],
    documents: ["Purchase order PO 7", "Despatch advice DA-9"],
  });
});

const consumerWords = (locale: Locale) => {
  const messages = JSON.parse(
    readFileSync(new URL(`../../../messages/${locale}.json`, import.meta.url), "utf8"),
  ) as Record<string, never>;
  const t = createTranslator({ locale, messages, namespace: "Consumer" as never });
  return shippingVocabularyOf(t as unknown as ConsumerTranslator, locale);
};

/** Words with the language's no-break spaces (which ICU versions place differently) as plain ones. */
const plain = (details: Record<string, string[]>) =>
  Object.fromEntries(
    Object.entries(details).map(([k, v]) => [k, v.map((w) => w.replace(/[\u00a0\u202f]/g, " "))]),
  );

test("a consumer page words them in its language: names, readings with the language's numbers and units, documents", () => {
  const unknownParties = {
    destinationList: [
      { type: "owning_party", destination: "urn:tracemark:org:5f0e0000-0000-4000-8000-00000000000f" },
      { type: "location", destination: "https://id.gs1.org/414/9520123456788" },
    ],
    sourceList: [{ type: "owning_party", source: "https://example.com/party/7" }],
    sensorElementList: [
      {
        sensorReport: [
          { type: "gs1:Temperature", meanValue: 1234.5, uom: "CEL" },
          { type: "gs1:Pressure", value: 101.3, uom: "KPA" },
          { type: "gs1:Odour", booleanValue: false },
        ],
      },
    ],
    bizTransactionList: [{ bizTransaction: "urn:tracemark:bt:X-1" }],
  };
  assert.deepEqual(plain(wordShippingDetails(shippingDetailsOf(shipping, names), consumerWords("fr"))), {
    destinations: ["Northern Grocers", "Harbour Freight", "Rotterdam cold store"],
    sources: ["l’entreprise de GLN 9506000134352"],
    readings: ["Température 4,5 °C", "Humidité relative de 80 % à 85 %"],
    documents: ["Bon de commande PO 7", "Avis d’expédition DA-9"],
  });
  assert.deepEqual(plain(wordShippingDetails(shippingDetailsOf(unknownParties), consumerWords("de"))), {
    destinations: ["ein Partnerunternehmen", "der Ort mit der GLN 9520123456788"],
    sources: ["ein Unternehmen außerhalb von Tracemark"],
    readings: ["Temperatur durchschnittlich 1.234,5 °C", "Druck 101,3 kPa", "Odour nein"],
    documents: ["Dokument X-1"],
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
