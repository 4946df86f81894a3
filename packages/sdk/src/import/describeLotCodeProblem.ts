import type { ValueProblem } from "./types.ts";

/** GS1 AI encodable character set 82, the characters a lot number (AI 10) may hold. */
const cset82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/;

/**
 * What is wrong with a lot code of an imported row (GS1 AI 10: 1 to 20 characters of GS1 character
 * set 82, so that it fits a barcode and a Digital Link), with how to fix it; undefined when valid.
 *
 * @example
 * describeLotCodeProblem("LOT 7") // { problem: "The lot code \"LOT 7\" contains a space, …", fix: "…" }
 */
export function describeLotCodeProblem(value: string): ValueProblem | undefined {
  if (value === "")
    return { problem: "The lot code is empty.", fix: "Write the lot code printed on the product." };
  const length = [...value].length;
  if (length > 20) {
    return {
      problem: `The lot code has ${length} characters; GS1 allows at most 20.`,
      fix: "Shorten the lot code to the one printed in the barcode (at most 20 characters).",
    };
  }
  if (!cset82.test(value)) {
    const odd = [...value].find((character) => !cset82.test(character)) ?? "";
    const named = odd === " " ? "a space" : /\s/.test(odd) ? "a line break or tab" : `the character "${odd}"`;
    return {
      problem: `The lot code "${value}" contains ${named}, which a GS1 barcode cannot hold.`,
      fix: "Use only letters A–Z and a–z, digits and the punctuation ! \" % & ' ( ) * + , - . / : ; < = > ? _",
    };
  }
  return undefined;
}
