import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
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

/** Whether `path` is a page of the app, in any route group (`(site)`, `(consumer)`) or none. */
function isPage(path: string): boolean {
  const groups = readdirSync(appDir).filter((name) => /^\(.+\)$/.test(name));
  return ["", ...groups.map((group) => `/${group}`)].some((group) =>
    existsSync(`${appDir}${group}${path}/page.tsx`),
  );
}

test("every redirect leads to a page that exists", async () => {
  const redirects = (await nextConfig.redirects?.()) ?? [];
  assert.ok(redirects.length > 0);
  for (const { destination } of redirects) assert.ok(isPage(destination), `${destination} is a page`);
  assert.ok(!isPage("/no-such-page"));
});
