import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const rootPackage = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as {
  workspaces: string[];
  scripts: Record<string, string>;
};
const packages = ["", ...rootPackage.workspaces.map((workspace) => `${workspace}/`)].map((dir) => ({
  dir: dir || "./",
  scripts:
    (JSON.parse(readFileSync(`${root}${dir}package.json`, "utf8")) as { scripts?: Record<string, string> })
      .scripts ?? {},
}));

const telemetry = ["TURBO_TELEMETRY_DISABLED=1", "NEXT_TELEMETRY_DISABLED=1"];

/**
 * The commands of a script that start turbo, next, or one of the repository's launchers in
 * scripts/ (which start turbo and next in turn), each with the variables assigned in front of it.
 */
function launches(script: string, dir = "./"): { command: string; assigned: string[] }[] {
  return script
    .split(/&&|\|\||;/)
    .map((command) => command.trim().split(/\s+/))
    .map((words) => {
      const assigned = words.filter(
        (word, index) => /^[A-Z_]+=/.test(word) && words.slice(0, index).every((w) => /^[A-Z_]+=/.test(w)),
      );
      return { command: words.slice(assigned.length).join(" "), assigned };
    })
    .filter(
      ({ command }) =>
        /^(npx )?(turbo|next)\b/.test(command) || (dir === "./" && /^tsx scripts\//.test(command)),
    );
}

test("every script that can start turbo or next turns their telemetry off", () => {
  const reporting: string[] = [];
  for (const { dir, scripts } of packages)
    for (const [name, script] of Object.entries(scripts))
      for (const { command, assigned } of launches(script, dir)) {
        const needed = command.startsWith("next") ? ["NEXT_TELEMETRY_DISABLED=1"] : telemetry;
        const missing = needed.filter((variable) => !assigned.includes(variable));
        if (missing.length > 0)
          reporting.push(`${dir}package.json "${name}": ${command} (no ${missing.join(", ")})`);
      }
  assert.deepEqual(reporting, []);
});

test("the telemetry check sees a launcher without the variables", () => {
  assert.deepEqual(launches("turbo run build && tsc --noEmit -p ."), [
    { command: "turbo run build", assigned: [] },
  ]);
  assert.deepEqual(
    launches("TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1 tsx scripts/start.ts --dev"),
    [{ command: "tsx scripts/start.ts --dev", assigned: telemetry }],
  );
});
