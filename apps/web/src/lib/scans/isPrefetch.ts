/**
 * Whether the request only prepares a page the visitor may never open (Next.js's link prefetch, the
 * browser's prefetch or prerender).
 *
 * @example
 * isPrefetch(new Headers({ "sec-purpose": "prefetch" })) // true
 */
export function isPrefetch(request: Headers): boolean {
  return (
    request.has("next-router-prefetch") ||
    /prefetch|prerender/i.test(request.get("sec-purpose") ?? "") ||
    /prefetch|prerender/i.test(request.get("purpose") ?? "") ||
    /prefetch/i.test(request.get("x-moz") ?? "") ||
    /preview/i.test(request.get("x-purpose") ?? "")
  );
}
