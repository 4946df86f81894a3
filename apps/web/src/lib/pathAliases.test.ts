import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import nextConfig from "../../next.config";

const appDir = fileURLToPath(new URL("../app", import.meta.url));

test("the names people guess for signing in and up lead to those pages", async () => {
  const redirects = (await nextConfig.redirects?.()) ?? [];
  const to = (source: string) => redirects.find((redirect) => redirect.source === source);
  for (const [source, destination] of [
    ["/login", "/signin"],
    ["/log-in", "/signin"],
    ["/sign-in", "/signin"],
    ["/register", "/signup"],
    ["/sign-up", "/signup"],
  ] as const)
    assert.deepEqual(to(source), { source, destination, permanent: true }, `${source} → ${destination}`);
});

test("every redirect leads to a page that exists", async () => {
  const redirects = (await nextConfig.redirects?.()) ?? [];
  assert.ok(redirects.length > 0);
  for (const { destination } of redirects)
    assert.ok(existsSync(`${appDir}${destination}/page.tsx`), `${destination} is a page`);
});
