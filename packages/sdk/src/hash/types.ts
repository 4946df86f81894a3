/** Versions of the EPCIS Event Hash ID algorithm: CBV 2.0 (ratified, the default) and CBV 2.1 (draft). */
export type EventHashVersion = "CBV2.0" | "CBV2.1";

/**
 * A JSON-LD `@context` as in an EPCIS document: a URL, an object of prefix → namespace, or a list
 * of them. Only the prefix → namespace entries matter for hashing (to expand user extension keys).
 */
export type JsonLdContext = string | Record<string, unknown> | readonly (string | Record<string, unknown>)[];

/**
 * Versions of Tracemark's event hash rules, recorded with each event (`hashVersion`) so an event
 * keeps verifying under the rules it was hashed with: 1, before 2026-12-04 (the `sensorElementList`
 * name left out and extensions nested in `readPoint`, sensor elements… moved to the end with CBV 2.0,
 * `gs1:` terms always on `https://ref.gs1.org/voc/`, `certificationInfo` left out, `bizTransactionList`,
 * `sourceList`, `destinationList` in the CBV's order, CPI/ITIP/UPUI EPC URIs and most ID patterns
 * hashed as written); 2, the GS1 reference implementation's rules (see `computeEventPreHash`).
 */
export type EventHashRuleVersion = 1 | 2;

/** The rule version new events are hashed with. */
export const currentEventHashRuleVersion = 2 satisfies EventHashRuleVersion;
