/** A value checked against what the API allows: the value, or the refusal in words. */
export type Checked<Value> = { value: Value; error?: undefined } | { value?: undefined; error: string };

/**
 * `value` when it is one of `allowed` (the API's own values, listed where the web offers them); else
 * the refusal in words, naming the value and what it should be, for the form or page to show.
 *
 * @example
 * oneOf("shipped", ["none", "recalled"], "a recall state") // { error: "“shipped” is not a recall state: none or recalled." }
 */
export function oneOf<Value extends string>(
  value: string,
  allowed: readonly Value[],
  what: string,
): Checked<Value> {
  const found = allowed.find((a) => a === value);
  if (found !== undefined) return { value: found };
  const words =
    allowed.length > 1 ? `${allowed.slice(0, -1).join(", ")} or ${allowed.at(-1)}` : allowed.join("");
  return { error: `“${value}” is not ${what}: ${words}.` };
}

/**
 * Each of `values` (a repeated field: checkboxes) when each is one of `allowed`; else the refusal
 * of the first that is not (`oneOf`).
 *
 * @example
 * allOf(["anchored"], ["anchored", "recalled"], "a webhook event") // { value: ["anchored"] }
 */
export function allOf<Value extends string>(
  values: readonly string[],
  allowed: readonly Value[],
  what: string,
): Checked<Value[]> {
  const checked: Value[] = [];
  for (const value of values) {
    const one = oneOf(value, allowed, what);
    if (one.error !== undefined) return one;
    checked.push(one.value);
  }
  return { value: checked };
}
