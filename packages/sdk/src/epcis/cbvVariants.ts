import { type CbvKind, cbvForms } from "./cbv.ts";
import { cbvTerm } from "./cbvTerm.ts";

/**
 * Every spelling of a value that means the same CBV term (bare, URN, Web URI, CURIE), for matching
 * stored events; a private-vocabulary URI has only itself.
 *
 * @example
 * cbvVariants("disposition", "in_transit") // ["in_transit", "urn:epcglobal:cbv:disp:in_transit", …]
 */
export function cbvVariants(kind: CbvKind, value: string): string[] {
  const term = cbvTerm(kind, value);
  if (term.includes(":")) return [term];
  const forms = cbvForms[kind];
  return [term, `${forms.urn}${term}`, `${forms.web}${term}`, `${forms.curie}${term}`];
}
