import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { locales } from "./locales";
import { untranslatedLiterals } from "./untranslatedLiterals";

const web = fileURLToPath(new URL("../..", import.meta.url));
const catalogue = (locale: string) =>
  JSON.parse(readFileSync(join(web, "messages", `${locale}.json`), "utf8")) as Record<string, unknown>;

/** Every message of a catalogue by its dotted key. */
function flatten(messages: Record<string, unknown>, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value as Record<string, unknown>, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The arguments and tags a message takes ("count:plural", "link:tag"). */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date)
      into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(`${element.value}:${element.type === TYPE.plural ? "plural" : "select"}`);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) {
      into.add(`${element.value}:tag`);
      argumentsOf(element.children, into);
    }
  }
  return into;
}

test("every language has every message of the English catalogue, with the same arguments, and no other", () => {
  const english = flatten(catalogue("en"));
  assert.ok(english.size > 100);
  for (const locale of locales.filter((l) => l !== "en")) {
    const messages = flatten(catalogue(locale));
    const missing = [...english.keys()].filter((key) => !messages.has(key));
    const extra = [...messages.keys()].filter((key) => !english.has(key));
    assert.deepEqual(missing, [], `${locale}.json lacks ${missing.join(", ")}`);
    assert.deepEqual(extra, [], `${locale}.json has keys English lacks: ${extra.join(", ")}`);
    for (const [key, text] of messages) {
      assert.ok(text.trim().length > 0, `${locale}.json: ${key} is empty`);
      const theirs = [...argumentsOf(parse(text))].sort();
      const ours = [...argumentsOf(parse(english.get(key) ?? ""))].sort();
      assert.deepEqual(theirs, ours, `${locale}.json: ${key} takes ${theirs} where English takes ${ours}`);
    }
  }
});

test("the languages are translated, not copied: most messages differ from English", () => {
  const english = flatten(catalogue("en"));
  for (const locale of locales.filter((l) => l !== "en")) {
    const messages = flatten(catalogue(locale));
    const same = [...messages].filter(([key, text]) => english.get(key) === text).length;
    assert.ok(
      same / messages.size < 0.1,
      `${locale}.json: ${same} of ${messages.size} messages are the English`,
    );
  }
});

/** The consumer pages' components and routes: everything a shopper reads. */
const consumerFiles = [
  ...readdirSync(join(web, "src/components/consumer"))
    .filter((f) => f.endsWith(".tsx"))
    .map((f) => join("src/components/consumer", f)),
  ...["(consumer)", "embed"].flatMap((dir) =>
    (readdirSync(join(web, "src/app", dir), { recursive: true }) as string[])
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts"))
      .map((f) => join("src/app", dir, f)),
  ),
  "src/app/(site)/not-found.tsx",
  "src/i18n/resolverProblemPage.ts",
  // Shared with the dashboard, which words them in English from elsewhere: the pager and a step's details.
  "src/components/PagedList/PagedList.tsx",
  "src/lib/events/shippingDetailsOf.ts",
  "src/lib/events/wordShippingDetails.ts",
];

test("no consumer component shows words outside the catalogues", () => {
  assert.ok(consumerFiles.length >= 10, consumerFiles.join(", "));
  const found = consumerFiles.flatMap((file) =>
    untranslatedLiterals(file, readFileSync(join(web, file), "utf8")),
  );
  assert.deepEqual(
    found.map((f) => `${f.file}:${f.line} ${JSON.stringify(f.text)}`),
    [],
    "words a shopper reads belong in messages/*.json",
  );
});

test("the literal check finds words shown as written", () => {
  const source = `export function X({ flag }: { flag: string }) {
    return <p title="Open it">Sealed {flag === "revoked" ? "Revoked" : \`\${flag} days left\`}</p>;
  }`;
  assert.deepEqual(
    untranslatedLiterals("x.tsx", source).map((f) => f.text),
    ["Open it", "Sealed", "Revoked", "… days left"],
  );
  assert.deepEqual(
    untranslatedLiterals(
      "z.ts",
      `const range = \`\${name} \${min} to \${max}\`; const css = \`box \${big}\`;`,
    ).map((f) => f.text),
    ["… … to …"],
  );
  assert.deepEqual(untranslatedLiterals("w.tsx", `<p className={\`container \${styles.x}\`} />`), []);
  assert.deepEqual(
    untranslatedLiterals(
      "y.tsx",
      `import x from "Some Thing"; const a = t("title"); <a className="Big box" data-x="A b" />`,
    ),
    [],
  );
});
