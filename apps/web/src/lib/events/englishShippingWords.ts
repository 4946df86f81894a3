import type { ShippingVocabulary } from "./wordShippingDetails";

/** CBV 2.0 business transaction types (`btt`), in words. */
const documentKinds: Readonly<Record<string, string>> = {
  bol: "Bill of lading",
  cert: "Certificate",
  desadv: "Despatch advice",
  inv: "Invoice",
  pedigree: "Pedigree",
  po: "Purchase order",
  poc: "Purchase order confirmation",
  prodorder: "Production order",
  recadv: "Receiving advice",
  rma: "Return authorisation",
  testprd: "Test procedure",
  testres: "Test result",
  upevt: "Upstream event",
};

/**
 * The dashboard's words for a step's shipping details (the consumer page takes its language's from
 * the catalogues: `getConsumerWords().shipping`).
 *
 * @example
 * wordShippingDetails(shippingDetailsOf(event, names), englishShippingWords).readings // ["Temperature 4.5°C"]
 */
export const englishShippingWords: ShippingVocabulary = {
  locale: "en",
  party: (party) => {
    if (party.kind === "gln")
      return party.place ? `the place with GLN ${party.gln}` : `the company with GLN ${party.gln}`;
    if (party.kind === "partner") return party.place ? "a partner's place" : "a partner company";
    return party.place ? "a place outside Tracemark" : "a company outside Tracemark";
  },
  property: () => undefined,
  unnamedProperty: "Reading",
  readingValue: (name, amount) => `${name} ${amount}`,
  readingRange: (name, min, max) => `${name} ${min} to ${max}`,
  readingMean: (name, amount) => `${name} ${amount} on average`,
  yes: "yes",
  no: "no",
  documentKind: (term) => documentKinds[term],
  unnamedDocument: "Document",
  document: (kind, reference) => `${kind} ${reference}`.trim(),
};
