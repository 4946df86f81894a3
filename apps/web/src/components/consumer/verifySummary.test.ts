import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import type { VerifyRecordReturnType } from "@tracemark/sdk";
import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/locales";
import { verifySummary } from "./verifySummary";

const words = (locale: Locale) => {
  const messages = JSON.parse(
    readFileSync(new URL(`../../../messages/${locale}.json`, import.meta.url), "utf8"),
  ) as Record<string, never>;
  const t = createTranslator({ locale, messages, namespace: "Verify" as never });
  return t as unknown as Parameters<typeof verifySummary>[1];
};

/** A result of `steps` events with these statuses, and `omittedEvents` left out by the record. */
function resultOf(statuses: ("verified" | "pending")[], omittedEvents: number): VerifyRecordReturnType {
  const events = statuses.map((status, index) => ({
    index,
    eventHash: `0x${index}`,
    withheld: [],
    status,
    reasons: [],
  }));
  const recall = { status: "verified" as const, reasons: [], recalled: false, inherited: [] };
  const settled = statuses.every((s) => s === "verified");
  return {
    ok: true,
    complete: settled && omittedEvents === 0,
    omittedEvents,
    events,
    hiddenSteps: [],
    attestations: [],
    recall,
    checkedAt: { blockNumber: 1, timestamp: 0 },
  };
}

/** Text with the language's no-break spaces (which ICU versions place differently) as plain ones. */
const plain = (summary: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, v?.replace(/[\u00a0\u202f]/g, " ")]));

test("Verify never says all is verified of a record that leaves steps out, and says those were not verified", () => {
  assert.deepEqual(plain(verifySummary(resultOf(Array(1000).fill("verified"), 165), words("en"))), {
    tone: "degraded",
    title: "Verified: all 1,000 steps shown match the blockchain",
    text: "Nothing on this page has been changed since it was recorded.",
    omitted: "This record leaves out 165 of the lot’s 1,165 steps: they were not verified.",
  });
  const pending = plain(verifySummary(resultOf(["verified", "pending"], 1), words("de")));
  assert.equal(pending.title, "1 von 2 Schritten geprüft; 1 noch nicht versiegelt");
  assert.equal(
    pending.omitted,
    "Dieser Nachweis lässt 1 der 3 Schritte der Charge aus: Er wurde nicht geprüft.",
  );
});

test("a record that shows all its lot's steps, all verified, is all verified, with nothing said of steps left out", () => {
  assert.deepEqual(plain(verifySummary(resultOf(["verified", "verified"], 0), words("fr"))), {
    tone: "ok",
    title: "Vérifié : les 2 étapes correspondent à la blockchain",
    text: "Rien sur cette page n’a été modifié depuis son enregistrement.",
    omitted: undefined,
  });
});
