/** CBV 2.0 business steps (bare-string form of `https://ref.gs1.org/cbv/BizStep-…`). */
export const cbvBusinessSteps = [
  "accepting",
  "arriving",
  "assembling",
  "collecting",
  "commissioning",
  "consigning",
  "creating_class_instance",
  "cycle_counting",
  "decommissioning",
  "departing",
  "destroying",
  "disassembling",
  "dispensing",
  "encoding",
  "entering_exiting",
  "holding",
  "inspecting",
  "installing",
  "killing",
  "loading",
  "other",
  "packing",
  "picking",
  "receiving",
  "removing",
  "repackaging",
  "repairing",
  "replacing",
  "reserving",
  "retail_selling",
  "sampling",
  "sensor_reporting",
  "shipping",
  "staging_outbound",
  "stock_taking",
  "stocking",
  "storing",
  "transporting",
  "unloading",
  "unpacking",
  "void_shipping",
] as const;

/** CBV 2.0 dispositions (bare-string form of `https://ref.gs1.org/cbv/Disp-…`). */
export const cbvDispositions = [
  "active",
  "available",
  "completeness_inferred",
  "completeness_verified",
  "conformant",
  "container_closed",
  "container_open",
  "damaged",
  "destroyed",
  "dispensed",
  "disposed",
  "encoded",
  "expired",
  "in_progress",
  "in_transit",
  "inactive",
  "mismatch_instance",
  "mismatch_class",
  "mismatch_quantity",
  "needs_replacement",
  "no_pedigree_match",
  "non_conformant",
  "non_sellable_other",
  "partially_dispensed",
  "recalled",
  "reserved",
  "retail_sold",
  "returned",
  "sellable_accessible",
  "sellable_not_accessible",
  "stolen",
  "unavailable",
  "unknown",
] as const;

/** CBV 2.0 business transaction types (`BTT-…`). */
export const cbvBusinessTransactionTypes = [
  "bol",
  "cert",
  "desadv",
  "inv",
  "pedigree",
  "po",
  "poc",
  "prodorder",
  "recadv",
  "rma",
  "testprd",
  "testres",
  "upevt",
] as const;

/** CBV 2.0 source/destination types (`SDT-…`). */
export const cbvSourceDestinationTypes = ["owning_party", "possessing_party", "location"] as const;

/** CBV 2.0 error reasons (`ER-…`). */
export const cbvErrorReasons = ["did_not_occur", "incorrect_data"] as const;

export type CbvBusinessStep = (typeof cbvBusinessSteps)[number];
export type CbvDisposition = (typeof cbvDispositions)[number];
export type CbvBusinessTransactionType = (typeof cbvBusinessTransactionTypes)[number];
export type CbvSourceDestinationType = (typeof cbvSourceDestinationTypes)[number];
export type CbvErrorReason = (typeof cbvErrorReasons)[number];

/**
 * The prefixes of each CBV vocabulary: its URN (`urn:epcglobal:cbv:bizstep:`), its Web URI
 * (`https://ref.gs1.org/cbv/BizStep-`) and its CURIE (`cbv:BizStep-`). The one place these are spelled.
 */
export const cbvForms = {
  bizStep: {
    urn: "urn:epcglobal:cbv:bizstep:",
    web: "https://ref.gs1.org/cbv/BizStep-",
    curie: "cbv:BizStep-",
  },
  disposition: { urn: "urn:epcglobal:cbv:disp:", web: "https://ref.gs1.org/cbv/Disp-", curie: "cbv:Disp-" },
  bizTransactionType: {
    urn: "urn:epcglobal:cbv:btt:",
    web: "https://ref.gs1.org/cbv/BTT-",
    curie: "cbv:BTT-",
  },
  sourceDestType: { urn: "urn:epcglobal:cbv:sdt:", web: "https://ref.gs1.org/cbv/SDT-", curie: "cbv:SDT-" },
  errorReason: { urn: "urn:epcglobal:cbv:er:", web: "https://ref.gs1.org/cbv/ER-", curie: "cbv:ER-" },
} as const;

/** A CBV vocabulary whose values `cbvTerm`, `cbvVariants` and `cbvLabel` read. */
export type CbvKind = keyof typeof cbvForms;

/** The base of the CBV 2.0 Web vocabulary (`cbv:` CURIEs expand to it). */
export const cbvWebVocabulary = "https://ref.gs1.org/cbv/";
