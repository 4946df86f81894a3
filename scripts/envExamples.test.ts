import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");

/** The variables a `.env.example` sets, each with whether a comment opens its block of lines. */
function exampleVariables(text: string): Map<string, boolean> {
  const variables = new Map<string, boolean>();
  let commented = false;
  for (const line of text.split("\n")) {
    if (line.trim() === "") commented = false;
    else if (line.startsWith("#")) commented = true;
    else {
      const name = /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1];
      assert.ok(name, `not a NAME=value line: ${line}`);
      variables.set(name, commented);
    }
  }
  return variables;
}

const apps = [
  {
    app: "apps/api",
    // The keys of the zod object in env.ts: every variable the API reads.
    read: [...read("apps/api/src/env.ts").matchAll(/^ {2}([A-Z][A-Z0-9_]*): /gm)].map((m) => m[1]),
  },
  {
    app: "apps/web",
    read: [...read("apps/web/src/env.ts").matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]),
  },
];

for (const { app, read: readVariables } of apps) {
  test(`${app}/.env.example lists every variable its env.ts reads, each under a comment`, () => {
    assert.ok(readVariables.length > 5, `found the variables of ${app}/src/env.ts`);
    const example = exampleVariables(read(`${app}/.env.example`));
    const missing = readVariables.filter((name) => !example.has(name as string));
    assert.deepEqual(missing, [], `missing from ${app}/.env.example`);
    const unknown = [...example.keys()].filter((name) => !readVariables.includes(name));
    assert.deepEqual(unknown, [], `in ${app}/.env.example but not read by env.ts`);
    const uncommented = [...example].filter(([, commented]) => !commented).map(([name]) => name);
    assert.deepEqual(uncommented, [], "variables without a comment");
  });
}
