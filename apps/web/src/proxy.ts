import { type NextRequest, NextResponse } from "next/server";
import { chosenLocaleHeader, isLocale, localeHeader, localeOf } from "@/i18n/locales";
import { problemPage } from "@/i18n/resolverProblemPage";
import { resolveDigitalLink } from "@/lib/resolver/resolveDigitalLink";
import { resolverDescription } from "@/lib/resolver/resolverDescription";

/**
 * The GS1-Conformant Resolver in front of the consumer pages: every GS1 Digital Link path
 * (`/01/…`, `/00/…`, `/414/…`, also after a path prefix) is checked, redirected, answered with a
 * linkset or passed to its page here, before any page streams, so its status is the right one
 * (`resolveDigitalLink`); `/.well-known/gs1resolver` describes the resolver. Other paths pass. Pages
 * learn their language from here (`?lang=`, else `Accept-Language`: src/i18n/request.ts).
 */
export async function proxy(request: NextRequest) {
  const url = new URL(request.nextUrl.pathname + request.nextUrl.search, publicOriginOf(request));
  if (url.pathname === "/.well-known/gs1resolver") {
    return NextResponse.json(resolverDescription(url.origin), { headers: cors });
  }
  const resolution = await resolveDigitalLink(url, request.headers);
  const language = { request: { headers: withLanguageHeaders(request) } };
  if (request.method === "OPTIONS" && resolution.kind !== "pass") {
    return new NextResponse(null, {
      status: 204,
      headers: {
        ...cors,
        "access-control-allow-methods": "GET, HEAD, OPTIONS",
        "access-control-allow-headers": "Accept, Accept-Language",
        allow: "GET, HEAD, OPTIONS",
      },
    });
  }
  switch (resolution.kind) {
    case "pass":
      return NextResponse.next(language);
    case "problem":
      return problemResponse(request, resolution);
    case "redirect":
      return new NextResponse(null, {
        status: resolution.status,
        headers: { location: resolution.location, link: linksetHeader(resolution.linkset), ...cors },
      });
    case "linkset":
      return new NextResponse(JSON.stringify(resolution.body), {
        status: 200,
        headers: {
          "content-type": "application/linkset+json",
          // The GS1-Conformant Resolver's context file turns the linkset into JSON-LD.
          link: `${linksetHeader(resolution.linkset)}, <https://ref.gs1.org/standards/resolver/linkset-context>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`,
          vary: "Accept",
          ...cors,
        },
      });
    case "page": {
      const headers = { link: linksetHeader(resolution.linkset), vary: "Accept, Accept-Language" };
      if (resolution.pagePath === url.pathname) return NextResponse.next({ headers, ...language });
      return NextResponse.rewrite(new URL(resolution.pagePath + url.search, request.url), {
        headers,
        ...language,
      });
    }
  }
}

export const config = {
  // Everything but the app's own sections, Next.js's files, the API proxy and the embeddable widget
  // (its own route): a Digital Link may come after any path prefix.
  matcher: ["/((?!_next/|api/|embed/|dashboard|auditor|account|signin|signup|favicon|icon).*)"],
};

/** The resolver's answers are public: any site's script may read them (the standard asks for CORS). */
const cors = { "access-control-allow-origin": "*", "access-control-expose-headers": "Link, Location" };

const linksetHeader = (href: string) => `<${href}>; rel="linkset"; type="application/linkset+json"`;

/** The request's headers with the page's language (`localeHeader`), and the one chosen with `?lang=` (`chosenLocaleHeader`). */
function withLanguageHeaders(request: NextRequest): Headers {
  const headers = new Headers(request.headers);
  const chosen = request.nextUrl.searchParams.get("lang");
  headers.set(localeHeader, localeOf(chosen, request.headers.get("accept-language")));
  if (isLocale(chosen)) headers.set(chosenLocaleHeader, chosen);
  else headers.delete(chosenLocaleHeader);
  return headers;
}

/** The origin the visitor used (behind a reverse proxy, its forwarded host and protocol). */
function publicOriginOf(request: NextRequest): string {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host;
  const proto = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(/:$/, "");
  return `${proto}://${host}`;
}

/** RFC 9457 problem+json for clients asking for JSON, else a small page saying the same in words. */
function problemResponse(
  request: NextRequest,
  problem: { status: 400 | 404 | 503; title: string; detail: string },
): NextResponse {
  const accept = request.headers.get("accept") ?? "";
  if (/json/i.test(accept) && !/text\/html/i.test(accept)) {
    return new NextResponse(
      JSON.stringify({
        type: "about:blank",
        title: problem.title,
        status: problem.status,
        detail: problem.detail,
        instance: request.nextUrl.pathname,
      }),
      { status: problem.status, headers: { "content-type": "application/problem+json", ...cors } },
    );
  }
  const html = problemPage(
    problem,
    localeOf(request.nextUrl.searchParams.get("lang"), request.headers.get("accept-language")),
  );
  return new NextResponse(html, {
    status: problem.status,
    headers: { "content-type": "text/html; charset=utf-8", ...cors },
  });
}
