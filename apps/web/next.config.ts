import type { NextConfig } from "next";

const repoRoot = new URL("../..", import.meta.url).pathname;

const nextConfig: NextConfig = {
  // The SDK is published as TypeScript source (`exports: ./src/index.ts`).
  transpilePackages: ["@tracemark/sdk"],
  // Static shell prerendered at build, request-time data (API status, lots) streamed in Suspense.
  cacheComponents: true,
  partialPrefetching: true,
  typedRoutes: true,
  poweredByHeader: false,
  reactStrictMode: true,
  // One lockfile at the monorepo root: trace and bundle from there, never guess.
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
};

export default nextConfig;
