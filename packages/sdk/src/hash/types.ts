/** Versions of the EPCIS Event Hash ID algorithm: CBV 2.0 (ratified, the default) and CBV 2.1 (draft). */
export type EventHashVersion = "CBV2.0" | "CBV2.1";

/**
 * A JSON-LD `@context` as in an EPCIS document: a URL, an object of prefix → namespace, or a list
 * of them. Only the prefix → namespace entries matter for hashing (to expand user extension keys).
 */
export type JsonLdContext = string | Record<string, unknown> | readonly (string | Record<string, unknown>)[];
