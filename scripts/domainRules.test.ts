// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the planted copies are source text, not templates
/**
 * The SDK owns the CBV, GS1-identifier and organisation-id rules (docs/architecture.md): a web page
 * or an API route or service that spells a CBV prefix, builds or reads a GS1 / Tracemark identifier
 * URI, or turns an organisation's UUID into its registry bytes16 itself fails here. Comments may
 * name such values, and so may a line that says why with a trailing `// domain-rule: <why>`; code must call `@tracemark/sdk` (`cbvTerm`, `cbvLabel`, `locationUri`,
 * `parsePartyUri`, `legacyRegistryOrgIdOf`, …).
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** What counts as a rule of its own, by kind. */
export const domainRulePatterns: { rule: string; pattern: RegExp }[] = [
  { rule: "CBV prefix", pattern: /urn:epcglobal:cbv:(bizstep|disp|btt|sdt|er)\b/i },
  { rule: "CBV prefix", pattern: /ref\\?\.gs1\\?\.org\\?\/cbv/ },
  { rule: "CBV prefix", pattern: /\bcbv:(BizStep|Disp|BTT|SDT|ER)-/ },
  { rule: "GS1 identifier URI", pattern: /urn:epc:(id|class|idpat):/ },
  { rule: "GS1 identifier URI", pattern: /id\\?\.gs1\\?\.org\\?\/(0[01]|41[47]|8\d{3}|25[35])\b/ },
  { rule: "Tracemark identifier URI", pattern: /urn:tracemark:(location|org):/ },
  {
    rule: "organisation id",
    pattern: /\.replace(All)?\(\s*(["'`])-\2\s*,\s*(["'`])\3\s*\)|\.replace\(\/-\/g/,
  },
  { rule: "organisation id", pattern: /0x\$\{randomBytes\(16\)/ },
];

/**
 * Files that keep such a rule for now, each with why. The lead removes a line when its file stops
 * needing it; adding one needs a reason as good.
 */
export const allowedCopies: Record<string, string> = {
  // EPCIS MATCH_ parameters' EPC patterns turned into SQL LIKE prefixes over stored identifiers: how
  // Postgres finds them (index-friendly prefixes), which neither the SDK nor the web needs.
  "apps/api/src/services/events/queryEvents.ts": "EPC patterns as SQL LIKE prefixes (EPCIS MATCH_*)",
  "apps/api/src/routes/query/index.ts":
    "prose of the EPCIS query's OpenAPI description (an EPC pattern example)",
  // A request schema's check of the SGLN scheme, with its message, before the SDK parses the value.
  "apps/api/src/services/events/schemas.ts": "the guided capture's sgln field: its request schema",
};

/** Lines of code of a TypeScript source, comment lines (`//`, `/*`, ` *`) left out, with their numbers. */
function codeLines(text: string): { line: number; code: string }[] {
  return text
    .split("\n")
    .map((code, index) => ({ line: index + 1, code }))
    .filter(({ code }) => !/^\s*(\/\/|\/\*|\*)/.test(code) && !/\/\/ domain-rule: \S/.test(code));
}

/**
 * The places in `files` that define a domain rule themselves.
 *
 * @example
 * domainRuleCopies([{ path: "apps/web/src/x.ts", text: 'v.replace("urn:epcglobal:cbv:bizstep:", "")' }])
 * // ["apps/web/src/x.ts:1 CBV prefix"]
 */
export function domainRuleCopies(files: { path: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { path, text } of files) {
    if (path in allowedCopies) continue;
    for (const { line, code } of codeLines(text)) {
      const hit = domainRulePatterns.find(({ pattern }) => pattern.test(code));
      if (hit) found.push(`${path}:${line} ${hit.rule}`);
    }
  }
  return found;
}

/** The web's pages and libraries and the API's sources, tests and their fixtures left out. */
function appSources(): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!["node_modules", ".next", "testing", "e2e"].includes(entry.name)) walk(full);
      } else if (/\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name)) {
        files.push({ path: relative(root, full), text: readFileSync(full, "utf8") });
      }
    }
  };
  walk(join(root, "apps/api/src"));
  walk(join(root, "apps/web/src"));
  return files;
}

test("no web page or API source defines a CBV, GS1 identifier or organisation-id rule itself", () => {
  assert.deepEqual(domainRuleCopies(appSources()), []);
});

test("a planted copy of each rule is found, in code but not in comments", () => {
  const planted = [
    'const step = value.replace(/^urn:epcglobal:cbv:bizstep:/, "");',
    'const web = "https://ref.gs1.org/cbv/BizStep-" + term;',
    "const curie = /^cbv:Disp-/;",
    "const gln = uri.match(/^https:\\/\\/id\\.gs1\\.org\\/414\\/(\\d{13})/);",
    "const link = `https://id.gs1.org/01/${gtin}/10/${lot}`;",
    'if (uri.startsWith("urn:epc:id:sgtin:")) kind = "item";',
    "const place = `urn:tracemark:location:${id}`;",
    'const orgId = `0x${organizationId.replaceAll("-", "")}`;',
    'const orgId = `0x${uuid.replace(/-/g, "")}`;',
    'const id = `0x${randomBytes(16).toString("hex")}`;',
  ];
  const found = domainRuleCopies(planted.map((text, i) => ({ path: `apps/web/src/planted${i}.ts`, text })));
  assert.equal(found.length, planted.length, found.join("\n"));
  assert.deepEqual(
    domainRuleCopies([
      {
        path: "apps/web/src/x.ts",
        text: '/** e.g. "urn:epcglobal:cbv:bizstep:shipping" */\n// urn:epc:id:sgln:…',
      },
    ]),
    [],
  );
});
