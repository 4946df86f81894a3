/** CBV vocabulary values in any of their forms (bare, URN, Web URI, CURIE), and labels for people. */

const FORMS = {
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
} as const;

export type CbvKind = keyof typeof FORMS;

/**
 * The bare CBV term of a business step or disposition in any of its forms; a private-vocabulary
 * URI is returned unchanged.
 *
 * @example
 * cbvTerm("bizStep", "urn:epcglobal:cbv:bizstep:shipping") // "shipping"
 */
export function cbvTerm(kind: CbvKind, value: string): string {
  const forms = FORMS[kind];
  for (const prefix of [forms.urn, forms.web, forms.curie]) {
    if (value.startsWith(prefix)) return value.slice(prefix.length);
  }
  return value;
}

/**
 * Every spelling of a value that means the same CBV term, for matching stored events.
 *
 * @example
 * cbvVariants("disposition", "in_transit") // ["in_transit", "urn:epcglobal:cbv:disp:in_transit", …]
 */
export function cbvVariants(kind: CbvKind, value: string): string[] {
  const term = cbvTerm(kind, value);
  if (term.includes(":")) return [term];
  const forms = FORMS[kind];
  return [term, `${forms.urn}${term}`, `${forms.web}${term}`, `${forms.curie}${term}`];
}

/**
 * A label a consumer can read for a CBV business step or disposition ("shipping" → "Shipping",
 * "in_transit" → "In transit"); a private-vocabulary URI gives its last path segment.
 *
 * @example
 * cbvLabel("bizStep", "https://ref.gs1.org/cbv/BizStep-retail_selling") // "Retail selling"
 */
export function cbvLabel(kind: CbvKind, value: string): string {
  const term = cbvTerm(kind, value);
  const last = term.includes(":") ? (term.split(/[/:#]/).filter(Boolean).pop() ?? term) : term;
  const words = last.replaceAll(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
