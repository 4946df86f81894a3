import { type Checked, oneOf } from "./oneOf";

/** A page's search params as Next.js gives them (`await searchParams`). */
export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A search parameter of a page's address when it is given once and not empty; `undefined` when it
 * is absent, empty or repeated (`?q=a&q=b`).
 *
 * @example
 * const q = searchParam(await searchParams, "q");
 */
export function searchParam(search: SearchParams, name: string): string | undefined {
  const value = search[name];
  return typeof value === "string" && value ? value : undefined;
}

/**
 * A search parameter that must be one of `allowed` (`oneOf`): no value when it is not given, else
 * the value or the refusal in words for the page to show.
 *
 * @example
 * const recallState = searchChoice(await searchParams, "recallState", ["none", "recalled"], "a recall state");
 */
export function searchChoice<Value extends string>(
  search: SearchParams,
  name: string,
  allowed: readonly Value[],
  what: string,
): Checked<Value | undefined> {
  const value = searchParam(search, name);
  return value === undefined ? { value } : oneOf(value, allowed, what);
}
