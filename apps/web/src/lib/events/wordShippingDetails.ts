import type { Party, ShippingDetails } from "./shippingDetailsOf";

/** A language's words for a step's shipping details (English for the dashboard, the catalogues' on the consumer page). */
export type ShippingVocabulary = {
  /** BCP 47 language tag the numbers are formatted for. */
  locale: string;
  /** A destination or source without a known name. */
  party: (party: Exclude<Party, { kind: "named" }>) => string;
  /** A measured property's name by its term ("Temperature"), `undefined` when the language has none. */
  property: (term: string) => string | undefined;
  /** A reading whose type names no property. */
  unnamedProperty: string;
  readingValue: (name: string, amount: string) => string;
  readingRange: (name: string, min: string, max: string) => string;
  readingMean: (name: string, amount: string) => string;
  yes: string;
  no: string;
  /** A document kind's name by its term ("po"), `undefined` when the language has none. */
  documentKind: (term: string) => string | undefined;
  /** A document whose type is not given. */
  unnamedDocument: string;
  document: (kind: string, reference: string) => string;
};

/** Shipping details as the lines of a timeline shows them: each part a phrase. */
export type WordedShippingDetails = {
  destinations: string[];
  sources: string[];
  readings: string[];
  documents: string[];
};

/** UN/CEFACT units that `Intl.NumberFormat` writes in each language. */
const intlUnits: Readonly<Record<string, string>> = {
  CEL: "celsius",
  FAH: "fahrenheit",
  P1: "percent",
  KGM: "kilogram",
  GRM: "gram",
  LTR: "liter",
  MTR: "meter",
  HUR: "hour",
  MIN: "minute",
  SEC: "second",
};

/** UN/CEFACT units `Intl` lacks, by their SI symbols (written alike in every language). */
const symbols: Readonly<Record<string, string>> = { KEL: "K", KPA: "kPa", BAR: "bar" };

/**
 * `shippingDetailsOf`'s parts in a language: names of companies and places, readings with their
 * numbers and units formatted for it, document kinds. Terms the vocabulary does not know are shown
 * as the sender wrote them.
 *
 * @example
 * wordShippingDetails(shippingDetailsOf(event, names), englishShippingWords)
 * // { destinations: ["Northern Grocers"], readings: ["Temperature 4.5°C"], documents: ["Purchase order PO-7"], sources: [] }
 */
export function wordShippingDetails(
  details: Pick<ShippingDetails, "destinations" | "sources" | "readings" | "documents">,
  words: ShippingVocabulary,
): WordedShippingDetails {
  const party = (p: Party) => (p.kind === "named" ? p.name : words.party(p));
  const amount = (n: number, unit: string | undefined) => {
    const intl = unit ? intlUnits[unit] : undefined;
    if (intl) {
      return new Intl.NumberFormat(words.locale, {
        style: "unit",
        unit: intl,
        maximumFractionDigits: 6,
      }).format(n);
    }
    const number = new Intl.NumberFormat(words.locale, { maximumFractionDigits: 6 }).format(n);
    const symbol = unit ? (symbols[unit] ?? unit) : undefined;
    return symbol ? `${number} ${symbol}` : number;
  };
  return {
    destinations: unique(details.destinations.map(party)),
    sources: unique(details.sources.map(party)),
    readings: details.readings.map(({ property, unit, value }) => {
      const name = property ? (words.property(property) ?? spaced(property)) : words.unnamedProperty;
      if (value.kind === "value") return words.readingValue(name, amount(value.value, unit));
      if (value.kind === "range")
        return words.readingRange(name, amount(value.min, unit), amount(value.max, unit));
      if (value.kind === "mean") return words.readingMean(name, amount(value.mean, unit));
      if (value.kind === "text") return words.readingValue(name, value.text);
      return words.readingValue(name, value.value ? words.yes : words.no);
    }),
    documents: details.documents.map(({ kind, reference }) =>
      words.document(
        kind ? (words.documentKind(kind) ?? capitalise(kind.replaceAll("_", " "))) : words.unnamedDocument,
        reference,
      ),
    ),
  };
}

/** "RelativeHumidity" → "Relative humidity". */
function spaced(term: string): string {
  return capitalise(term.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase());
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
