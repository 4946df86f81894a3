import { normalizeGln } from "./normalizeGln.ts";
import { normalizeGtin } from "./normalizeGtin.ts";
import { normalizeSscc } from "./normalizeSscc.ts";

/** A key qualifier: its AI, the field it fills and how errors name it. */
export type KeyQualifier = { ai: string; name: string; label: string };

/**
 * The GS1 primary keys the SDK's Digital Link functions know, each with its key qualifiers in the
 * only order the GS1 Digital Link URI syntax allows them in the path (GS1 Digital Link 1.2, §4.4).
 */
export const primaryKeys = {
  "01": {
    name: "gtin",
    label: "GTIN",
    normalize: normalizeGtin,
    qualifiers: [
      { ai: "22", name: "cpv", label: "consumer product variant (AI 22)" },
      { ai: "10", name: "lot", label: "batch/lot (AI 10)" },
      { ai: "21", name: "serial", label: "serial number (AI 21)" },
    ],
  },
  "00": { name: "sscc", label: "SSCC", normalize: normalizeSscc, qualifiers: [] },
  "414": {
    name: "gln",
    label: "GLN",
    normalize: normalizeGln,
    qualifiers: [{ ai: "254", name: "glnExtension", label: "GLN extension component (AI 254)" }],
  },
} as const satisfies Record<
  string,
  { name: string; label: string; normalize: (value: string) => string; qualifiers: readonly KeyQualifier[] }
>;

export type PrimaryKeyAi = keyof typeof primaryKeys;

/** The AIs that belong in a Digital Link's path (primary keys and their qualifiers), never its query. */
export const pathAis: ReadonlySet<string> = new Set(
  Object.entries(primaryKeys).flatMap(([ai, key]) => [ai, ...key.qualifiers.map((q) => q.ai)]),
);
