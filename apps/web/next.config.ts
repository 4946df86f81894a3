import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

const nextConfig: NextConfig = {
  // The SDK is published as TypeScript source (`exports: ./src/index.ts`).
  transpilePackages: ["@tracemark/sdk"],
  // Static shell prerendered at build, request-time data (API status, lots) streamed in Suspense.
  cacheComponents: true,
  partialPrefetching: true,
  typedRoutes: true,
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
      {
        // No page of ours is meant to be framed but the embeddable widget (/embed/…, which says
        // `frame-ancestors *` itself); refusing it rules out clickjacking of wallet prompts.
        source: "/((?!embed/).*)",
        headers: [{ key: "X-Frame-Options", value: "DENY" }],
      },
    ];
  },
  // The names people guess for the account pages lead to them.
  async redirects() {
    const aliases = {
      "/login": "/signin",
      "/log-in": "/signin",
      "/sign-in": "/signin",
      "/register": "/signup",
      "/sign-up": "/signup",
    };
    return Object.entries(aliases).map(([source, destination]) => ({
      source,
      destination,
      permanent: true,
    }));
  },
  reactStrictMode: true,
  experimental: {
    // The event form uploads its attachments through a server action (the API accepts up to 20 MB).
    serverActions: { bodySizeLimit: "20mb" },
    // Two root layouts (the site's in English, the consumer pages' in their language): an address
    // no page answers gets app/global-not-found.tsx.
    globalNotFound: true,
    // The style sheets (a few KiB) in the HTML: the first paint waits for no further request.
    inlineCss: true,
  },
  // One lockfile at the monorepo root: trace and bundle from there, never guess.
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
};

// The consumer pages' catalogues (messages/*.json), chosen per request in src/i18n/request.ts.
export default createNextIntlPlugin("./src/i18n/request.ts")(nextConfig);
