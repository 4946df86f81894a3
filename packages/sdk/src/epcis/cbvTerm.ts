import { type CbvKind, cbvForms } from "./cbv.ts";

/**
 * The bare CBV term of a value in any of its forms (bare, URN, Web URI, CURIE) of the vocabulary
 * `kind` (or of the first of several kinds whose prefix it carries); any other value, such as a
 * private-vocabulary URI, is returned unchanged.
 *
 * @example
 * cbvTerm("bizStep", "urn:epcglobal:cbv:bizstep:shipping") // "shipping"
 * cbvTerm(["bizStep", "disposition"], "cbv:Disp-in_transit") // "in_transit"
 */
export function cbvTerm(kind: CbvKind | readonly CbvKind[], value: string): string {
  for (const one of typeof kind === "string" ? [kind] : kind) {
    const forms = cbvForms[one];
    for (const prefix of [forms.urn, forms.web, forms.curie]) {
      if (value.startsWith(prefix)) return value.slice(prefix.length);
    }
  }
  return value;
}
