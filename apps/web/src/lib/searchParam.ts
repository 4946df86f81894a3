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
