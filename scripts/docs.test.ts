/**
 * The docs check (`npm test`, scripts suite): every relative link in the repository's Markdown
 * resolves to a file inside the repository, and every variable an app reads at its entry
 * (apps/api/src/env.ts, apps/web/src/env.ts, scripts/start.ts) is in a README configuration table.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * The relative link targets of a Markdown text (inline links and images, outside fenced code and
 * code spans), without their `#fragment`; web, mail and same-page links left out.
 *
 * @example
 * relativeLinks("See [the guide](docs/production.md#backups) and [GS1](https://gs1.org).") // ["docs/production.md"]
 */
export function relativeLinks(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
  return [...prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map((match) => (match[1] as string).split("#")[0] as string)
    .filter((target) => target !== "" && !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/**
 * The links of `file` (a path inside `repo`) that do not resolve to an existing file inside `repo`.
 *
 * @example
 * brokenLinks(root, "README.md", "[design](../shared/DESIGN.md)") // ["README.md → ../shared/DESIGN.md (outside the repository)"]
 */
export function brokenLinks(repo: string, file: string, markdown: string): string[] {
  const broken: string[] = [];
  for (const target of relativeLinks(markdown)) {
    const path = resolve(repo, dirname(file), decodeURIComponent(target));
    if (path !== repo && !path.startsWith(`${repo.replace(/[/\\]$/, "")}${sep}`))
      broken.push(`${file} → ${target} (outside the repository)`);
    else if (!existsSync(path)) broken.push(`${file} → ${target} (no such file)`);
  }
  return broken;
}

/**
 * The environment variables a configuration module reads: the keys of its zod schema
 * (`NAME: z…`) and every `process.env.NAME`.
 *
 * @example
 * variablesRead('const env = z.object({\n  PORT: z.coerce.number(),\n});\nprocess.env.API_URL') // ["API_URL", "PORT"]
 */
export function variablesRead(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/^\s+([A-Z][A-Z0-9_]+):\s*(?:z\b|httpUrl\()/gm))
    names.add(match[1] as string);
  for (const match of source.matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g)) names.add(match[1] as string);
  return [...names].sort();
}

/** The variables `source` reads that no table row of `readme` names. */
export function undocumentedVariables(source: string, readme: string): string[] {
  const rows = readme
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .join("\n");
  return variablesRead(source).filter((name) => !new RegExp(`\\b${name}\\b`).test(rows));
}

const markdownFiles = execFileSync(
  "git",
  ["ls-files", "--cached", "--others", "--exclude-standard", "*.md"],
  {
    cwd: root,
    encoding: "utf8",
  },
)
  .split("\n")
  .filter((file) => file !== "" && !file.includes("node_modules/") && existsSync(join(root, file)));

test("every relative link in the repository's Markdown resolves to a file inside the repository", () => {
  assert.ok(markdownFiles.includes("README.md"));
  const broken = markdownFiles.flatMap((file) =>
    brokenLinks(root, file, readFileSync(join(root, file), "utf8")),
  );
  assert.deepEqual(broken, []);
});

test("every variable an env.ts or npm start reads is in the README's configuration tables", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const missing = ["apps/api/src/env.ts", "apps/web/src/env.ts", "scripts/start.ts"].flatMap((file) =>
    undocumentedVariables(readFileSync(join(root, file), "utf8"), readme).map((name) => `${file}: ${name}`),
  );
  assert.deepEqual(missing, []);
});

test("the checks find a link out of the repository, a missing file and an undocumented variable", () => {
  const text =
    "[design](../shared/DESIGN.md) [gone](docs/gone.md#x) [ok](README.md) [web](https://gs1.org) `[x](nowhere.md)`";
  assert.deepEqual(brokenLinks(root, "README.md", text), [
    "README.md → ../shared/DESIGN.md (outside the repository)",
    "README.md → docs/gone.md (no such file)",
  ]);
  assert.deepEqual(
    undocumentedVariables(
      "z.object({\n  PORT: z.string(),\n  NEW_THING: z.string(),\n});",
      "| `PORT` | 1 | x |\nNEW_THING in prose",
    ),
    ["NEW_THING"],
  );
});
