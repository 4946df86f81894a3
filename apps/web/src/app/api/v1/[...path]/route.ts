import type { NextRequest } from "next/server";
import { env } from "@/env";
import { visitorHeaders } from "@/lib/visitor/visitorHeaders";

/**
 * The API on our own origin: `/api/v1/<path>` is forwarded to `API_URL/<path>` with its method,
 * query, body and cookies, and the answer comes back with its status and `Set-Cookie`, so the
 * browser keeps the API's httpOnly session cookie for this origin. A route handler rather than a
 * `rewrites` entry because rewrites are fixed at `next build` and API_URL is read at start.
 */
async function forward(request: NextRequest, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const target = new URL(`${env.API_URL}/${path.map(encodeURIComponent).join("/")}`);
  target.search = request.nextUrl.search;
  const headers = new Headers();
  // The browser's origin headers go along, so the API refuses a write another site's page forged.
  copyHeaders(request.headers, headers, [
    "accept",
    "content-type",
    "cookie",
    "authorization",
    "user-agent",
    "origin",
    "referer",
    "sec-fetch-site",
  ]);
  const forwardedFor = request.headers.get("x-forwarded-for");
  if (forwardedFor) headers.set("x-forwarded-for", forwardedFor);
  for (const [name, value] of Object.entries(visitorHeaders(request.headers))) headers.set(name, value);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      cache: "no-store",
      redirect: "manual",
    });
  } catch {
    return Response.json(
      {
        type: "about:blank",
        title: "Service Unavailable",
        status: 503,
        detail: "The Tracemark API could not be reached.",
      },
      { status: 503, headers: { "content-type": "application/problem+json" } },
    );
  }
  const responseHeaders = new Headers();
  // A document download keeps the API's nosniff and sandbox: what an organisation uploaded never runs as our page.
  copyHeaders(upstream.headers, responseHeaders, [
    "content-type",
    "content-disposition",
    "cache-control",
    "location",
    "retry-after",
    "x-content-type-options",
    "content-security-policy",
  ]);
  for (const cookie of upstream.headers.getSetCookie()) responseHeaders.append("set-cookie", cookie);
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
}

export { forward as DELETE, forward as GET, forward as PATCH, forward as POST, forward as PUT };

/** Copies those of the named headers that are present. */
function copyHeaders(from: Headers, to: Headers, names: readonly string[]) {
  for (const name of names) {
    const value = from.get(name);
    if (value) to.set(name, value);
  }
}
