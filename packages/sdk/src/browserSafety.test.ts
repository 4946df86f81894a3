import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { it } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));
const builtins =
  /from\s+["'](node:[^"']+|fs|path|crypto|os|child_process|net|http|https|stream|url|util|buffer)["']/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" ? [] : files(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

it("the SDK's shipped modules import no Node built-ins, so they run in browsers", () => {
  const offenders = files(root).filter((file) => builtins.test(readFileSync(file, "utf8")));
  assert.deepEqual(
    offenders.map((file) => relative(root, file)),
    [],
  );
  assert.ok(files(root).length > 40);
});

it("index.ts re-exports only from shipped modules, not from tests or test helpers", () => {
  const index = readFileSync(join(root, "index.ts"), "utf8");
  assert.doesNotMatch(index, /testing\/|\.test\.ts|fixtures/);
});
