/**
 * The CBV error reason of an EPCIS error declaration, in plain words (any spelling of the term).
 *
 * @example
 * errorReasonWords("urn:epcglobal:cbv:er:did_not_occur") // "It did not happen"
 */
export function errorReasonWords(reason: string | null | undefined): string {
  const term = (reason ?? "").replace(/^.*[:-]/, "");
  if (term === "did_not_occur") return "It did not happen";
  if (term === "incorrect_data") return "Recorded with wrong details";
  return "Declared erroneous";
}

/** The reason words with the supplier's own, as one sentence ending in a full stop. */
export function correctionSentence(
  reason: string | null | undefined,
  words: string | null | undefined,
): string {
  const text = `${errorReasonWords(reason)}${words ? `: ${words}` : ""}`;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
