import type { CbvKind } from "./cbv.ts";
import { cbvTerm } from "./cbvTerm.ts";

/**
 * A label a person can read for a CBV value in any form ("shipping" → "Shipping", "in_transit" →
 * "In transit"); a private-vocabulary URI gives its last path segment.
 *
 * @example
 * cbvLabel("bizStep", "https://ref.gs1.org/cbv/BizStep-retail_selling") // "Retail selling"
 */
export function cbvLabel(kind: CbvKind | readonly CbvKind[], value: string): string {
  const term = cbvTerm(kind, value);
  const last = term.includes(":") ? (term.split(/[/:#]/).filter(Boolean).pop() ?? term) : term;
  const words = last.replaceAll(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
