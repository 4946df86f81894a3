/**
 * A JSON call to the Tracemark API from a script (the demo's seed, the benchmarks) with the caller's
 * `headers` (a session cookie, an API key); throws with the status and the start of the answer on a
 * non-2xx status.
 *
 * @example
 * const org = await callApi<{ id: string }>(apiUrl, { cookie }, "POST", "/orgs", { name: "Finca Sur" });
 */
export async function callApi<T>(
  base: string,
  headers: Record<string, string>,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
