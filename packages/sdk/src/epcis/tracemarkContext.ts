/** Tracemark's EPCIS extension namespace: `tm:visibility`, `tm:documents`, `tm:declares`, `tm:reason`. */
export const tracemarkNamespace = "https://tracemark.dev/ns/epcis/";
/** Tracemark's FSMA 204 key data elements namespace (`fsma:<name>`). */
export const fsma204Namespace = "https://tracemark.dev/ns/fsma204/";
/**
 * Tracemark's business steps for the FSMA 204 Critical Tracking Events CBV 2.0 has no term for
 * (harvesting, cooling, initial packing, first land-based receiving; docs/fsma204.md).
 */
export const fsma204BizSteps = {
  harvesting: "https://tracemark.dev/voc/fsma204/harvesting",
  cooling: "https://tracemark.dev/voc/fsma204/cooling",
  initialPacking: "https://tracemark.dev/voc/fsma204/initial_packing",
  firstLandBasedReceiving: "https://tracemark.dev/voc/fsma204/first_land_based_receiving",
} as const;

/**
 * The stable URL of Tracemark's JSON-LD context, which EPCIS documents name in their `@context` (after
 * GS1's) instead of declaring the prefixes inline. Every Tracemark API serves this document at the
 * same path (`GET /ns/epcis/context.jsonld`), so a JSON-LD processor can load it from the server it
 * talks to, or from this constant, offline.
 */
export const tracemarkContextUrl = "https://tracemark.dev/ns/epcis/context.jsonld";

/**
 * Tracemark's JSON-LD context: the `tm` and `fsma` prefixes and the extension terms Tracemark reads
 * in captured EPCIS documents, with their types. Terms only add to GS1's EPCIS 2.0 context (whose
 * terms are protected), never redefine them.
 *
 * @example
 * const document = { "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", tracemarkContextUrl], … };
 */
export const tracemarkContext = {
  "@context": {
    "@version": 1.1,
    tm: tracemarkNamespace,
    fsma: fsma204Namespace,
    /** Who sees the event: `public`, `partners` or `private` (an instruction at capture, not hashed). */
    "tm:visibility": { "@id": "tm:visibility" },
    /** The SHA-256 digests of the documents attached to the event. */
    "tm:documents": { "@id": "tm:documents", "@container": "@set" },
    /** On an error declaration: the event id (GS1 event hash) of the event it declares erroneous. */
    "tm:declares": { "@id": "tm:declares", "@type": "@id" },
    /** On an error declaration: the reason in words. */
    "tm:reason": { "@id": "tm:reason" },
  },
} as const;

/** The prefixes `tracemarkContext` declares, for documents that name it by its URL. */
export const tracemarkContextPrefixes: Readonly<Record<string, string>> = {
  tm: tracemarkNamespace,
  fsma: fsma204Namespace,
};
