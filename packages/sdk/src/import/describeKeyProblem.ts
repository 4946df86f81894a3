import { computeCheckDigit } from "../gs1/computeCheckDigit.ts";
import type { ValueProblem } from "./types.ts";

export type DescribeKeyProblemParameters = {
  /** GTIN (8, 12, 13 or 14 digits) or GLN (13 digits). */
  kind: "GTIN" | "GLN";
  value: string;
};

const lengthsOf = { GTIN: [8, 12, 13, 14], GLN: [13] } as const;
const whereToLook = {
  GTIN: "the number under the product's barcode",
  GLN: "the location's GLN as GS1 or your registry issued it",
};

/**
 * What is wrong with a GTIN or GLN as a person typed it (digits only, an allowed length, the check
 * digit), with how to fix it; undefined when it is a valid key. Spaces and dashes a person types
 * between digit groups are named, not silently dropped, so the file is corrected at its source.
 *
 * @example
 * describeKeyProblem({ kind: "GTIN", value: "09506000134353" })
 * // { problem: "The check digit of GTIN 09506000134353 is 3, but for these digits it must be 2.", fix: "…" }
 */
export function describeKeyProblem({ kind, value }: DescribeKeyProblemParameters): ValueProblem | undefined {
  const lengths: readonly number[] = lengthsOf[kind];
  const allowed =
    lengths.length === 1 ? `${lengths[0]}` : `${lengths.slice(0, -1).join(", ")} or ${lengths.at(-1)}`;
  if (value === "")
    return { problem: `The ${kind} is empty.`, fix: `Fill in the ${kind}: ${whereToLook[kind]}.` };
  if (!/^\d+$/.test(value)) {
    return {
      problem: `The ${kind} "${value}" contains characters other than digits.`,
      fix: `Write the ${kind} as ${allowed} digits, without spaces, dashes or letters.`,
    };
  }
  if (!lengths.includes(value.length)) {
    return {
      problem: `The ${kind} ${value} has ${value.length} digits; a ${kind} has ${allowed}.`,
      fix: `Copy the full ${kind} from ${whereToLook[kind]} (a spreadsheet may have dropped leading zeros).`,
    };
  }
  const expected = computeCheckDigit(value.slice(0, -1));
  const actual = value.slice(-1);
  if (expected !== actual) {
    return {
      problem: `The check digit of ${kind} ${value} is ${actual}, but for these digits it must be ${expected}.`,
      fix: `Check the ${kind} against ${whereToLook[kind]}: a digit is mistyped, or the last digit should be ${expected}.`,
    };
  }
  return undefined;
}
