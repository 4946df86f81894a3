import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { createTranslator } from "next-intl";
import { type Locale, locales } from "@/i18n/locales";
import { omittedStepsText } from "./omittedStepsText";

const words = (locale: Locale) => {
  const messages = JSON.parse(
    readFileSync(new URL(`../../../messages/${locale}.json`, import.meta.url), "utf8"),
  ) as Record<string, never>;
  const t = createTranslator({ locale, messages, namespace: "Consumer" as never });
  return { t: t as unknown as Parameters<typeof omittedStepsText>[2]["t"] };
};

/** A record's counts: `events` shown, `hidden` steps, and those left out. */
const recordOf = (events: number, hidden: number, owner: number, partners: number) => ({
  events: Array.from({ length: events }, () => ({ event: {}, anchor: null })),
  ...(hidden > 0
    ? {
        hiddenSteps: Array.from({ length: hidden }, () => ({
          organisation: { id: `0x${"0".repeat(32)}`, name: "Partner" },
          date: "2026-06-01",
          leaf: `0x${"0".repeat(64)}`,
          anchor: null,
        })),
      }
    : {}),
  omittedEvents: { owner, partners },
});

/** Text with the language's no-break spaces (which ICU versions place differently) as plain ones. */
const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, " ");

test("a record that leaves steps out says how many of the lot's it shows, whose are left out, and that Verify checks only those shown", () => {
  assert.equal(
    plain(omittedStepsText(recordOf(980, 20, 0, 165), "Olivar Sur", words("en"))),
    "This record shows 1,000 of this lot’s 1,165 steps: the latest by Olivar Sur first, then the latest by the companies Olivar Sur passed the lot on to. 165 steps by those companies are left out. “Verify” checks only the steps shown.",
  );
  assert.equal(
    plain(omittedStepsText(recordOf(1000, 0, 1, 1), "Olivar Sur", words("en"))),
    "This record shows 1,000 of this lot’s 1,002 steps: the latest by Olivar Sur first, then the latest by the companies Olivar Sur passed the lot on to. 1 earlier step by Olivar Sur is left out. 1 step by those companies is left out. “Verify” checks only the steps shown.",
  );
  assert.equal(
    plain(omittedStepsText(recordOf(1000, 0, 0, 165), "Olivar Sur", words("fr"))),
    "Cette fiche montre 1 000 des 1 165 étapes de ce lot : d’abord les plus récentes de Olivar Sur, puis les plus récentes des entreprises à qui Olivar Sur a transmis le lot. 165 étapes de ces entreprises sont omises. « Vérifier » ne contrôle que les étapes affichées.",
  );
  for (const locale of locales) {
    const text = plain(omittedStepsText(recordOf(999, 1, 2, 3), "Olivar Sur", words(locale))) ?? "";
    for (const part of [/1[ .,]?000/, /1[ .,]?005/, /\b2\b/, /\b3\b/, /Olivar Sur/])
      assert.match(text, part, `${locale}: ${text}`);
  }
});

test("a record that shows all its lot's steps says nothing of it", () => {
  assert.equal(omittedStepsText(recordOf(12, 3, 0, 0), "Olivar Sur", words("en")), undefined);
});
