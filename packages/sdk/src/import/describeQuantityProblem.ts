import type { ValueProblem } from "./types.ts";

/**
 * What is wrong with a quantity of an imported row: a number greater than zero, written with a
 * decimal point and no thousands separators (so 1,5 and 1.500 are not guessed at); undefined when
 * it is one.
 *
 * @example
 * describeQuantityProblem("1,5") // { problem: "\"1,5\" is not a number with a decimal point.", fix: "…" }
 */
export function describeQuantityProblem(value: string): ValueProblem | undefined {
  if (/^\d{1,12}(\.\d{1,6})?$/.test(value) && Number(value) > 0) return undefined;
  if (/^\d+(\.\d+)?$/.test(value) && Number(value) === 0) {
    return {
      problem: "The quantity is 0.",
      fix: "Write the quantity the row is about, greater than 0, or leave it empty.",
    };
  }
  if (/^-/.test(value))
    return { problem: `The quantity ${value} is negative.`, fix: "Write a quantity greater than 0." };
  if (/^\d+(,\d+)+$/.test(value) || /^\d+(\.\d{3})+,\d+$/.test(value)) {
    return {
      problem: `"${value}" is not a number with a decimal point.`,
      fix: "Write the quantity with a decimal point and no thousands separators, e.g. 1500.5.",
    };
  }
  return {
    problem: `"${value}" is not a quantity (at most 12 digits, and 6 after the decimal point).`,
    fix: "Write a number greater than 0, e.g. 12 or 10.5.",
  };
}
