import type { ShippingVocabulary } from "@/lib/events/wordShippingDetails";

/** The part of a next-intl translator (namespace `Consumer`) the vocabulary reads. */
export type ConsumerTranslator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/**
 * A step's shipping details in a consumer page's language, from the `Consumer.shipping` messages.
 *
 * @example
 * wordShippingDetails(details, shippingVocabularyOf(t, "fr")).readings // ["Température 4,5 °C"]
 */
export function shippingVocabularyOf(t: ConsumerTranslator, locale: string): ShippingVocabulary {
  const known = (key: string) => (t.has(key) ? t(key) : undefined);
  return {
    locale,
    party: (party) => {
      if (party.kind === "gln")
        return t(party.place ? "shipping.placeWithGln" : "shipping.companyWithGln", { gln: party.gln });
      if (party.kind === "partner")
        return t(party.place ? "shipping.partnerPlace" : "shipping.partnerCompany");
      return t(party.place ? "shipping.outsidePlace" : "shipping.outsideCompany");
    },
    property: (term) => known(`shipping.property.${term}`),
    unnamedProperty: t("shipping.reading"),
    readingValue: (name, amount) => t("shipping.readingValue", { name, amount }),
    readingRange: (name, min, max) => t("shipping.readingRange", { name, min, max }),
    readingMean: (name, amount) => t("shipping.readingMean", { name, amount }),
    yes: t("shipping.yes"),
    no: t("shipping.no"),
    documentKind: (term) => known(`shipping.documentKind.${term}`),
    unnamedDocument: t("shipping.document"),
    document: (kind, reference) => t("shipping.documentOf", { kind, reference }),
  };
}
