import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const read = (file: string) => readFileSync(`${root}${file}`, "utf8");

test("the LICENSE file is the Apache License 2.0 that every package.json names", () => {
  assert.match(read("LICENSE"), /Apache License\s+Version 2\.0, January 2004/);
  const workspaces = (JSON.parse(read("package.json")) as { workspaces: string[] }).workspaces;
  for (const dir of ["", ...workspaces.map((workspace) => `${workspace}/`)]) {
    const { license } = JSON.parse(read(`${dir}package.json`)) as { license?: string };
    assert.equal(license, "Apache-2.0", `${dir || "./"}package.json`);
  }
});

test("the API's own URLs are listed by npm start and in the README", () => {
  const urls = ["/docs", "/docs/json", "/health", "/ready", "/metrics"];
  const started = read("scripts/start.ts");
  const readme = read("README.md");
  for (const url of urls) {
    assert.ok(started.includes(`${url},`) || started.includes(`${url})`), `npm start prints ${url}`);
    assert.ok(readme.includes(`| \`${url}\` |`), `the README's table lists ${url}`);
  }
});
