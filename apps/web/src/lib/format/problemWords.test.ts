import assert from "node:assert/strict";
import { test } from "node:test";
import { UserRejectedRequestError } from "viem";
import { ProviderNotFoundError } from "wagmi";
import { z } from "zod";
import { problemToError } from "@/lib/api/ApiError";
import {
  fieldErrorHint,
  fieldErrorSentence,
  fieldLabel,
  problemWords,
  walletErrorWords,
} from "./problemWords";

/** Phrasings of zod, viem, wagmi and Prisma that must never reach a person. */
export const libraryPhrasings =
  /expected (string|number|int|array|one of)|Too small|Too big|Invalid input|Invalid option|Invalid string|Unrecognized key|Provider not found|received undefined|body\.|querystring\.|Prisma|P20\d\d|>=|<=/;

/** The API's problem for a body that zod refused, built as fastify-type-provider-zod reports it. */
function problemFor(schema: z.ZodType, body: unknown) {
  const result = schema.safeParse(body);
  assert.equal(result.success, false);
  return {
    title: "Invalid request",
    errors: (result.error?.issues ?? []).map((issue) => ({
      field: ["body", ...issue.path.map(String)].join("."),
      message: issue.message,
    })),
  };
}

const lotSchema = z
  .object({
    lotCode: z.string().min(1).max(20),
    gtin: z.string().regex(/^\d{14}$/),
    quantity: z.number().min(0),
    unit: z.string().max(3),
    email: z.email(),
    visibility: z.enum(["public", "partners", "private"]),
    items: z.array(z.object({ serial: z.string() })).min(1),
    note: z.string(),
  })
  .strict();

test("every zod refusal of a form becomes a sentence naming the field, with no library phrasing", () => {
  const problem = problemFor(lotSchema, {
    lotCode: "",
    gtin: "123",
    quantity: -1,
    unit: "KGMS",
    email: "nobody",
    visibility: "onchain",
    items: [{ serial: 7 }],
    extra: true,
  });
  const words = problemWords(problem);
  assert.doesNotMatch(words, libraryPhrasings);
  assert.match(words, /Lot code is required\./);
  assert.match(words, /GTIN is not in the expected form\./);
  assert.match(words, /Quantity must be 0 or more\./);
  assert.match(words, /Unit can have at most 3 characters\./);
  assert.match(words, /Email is not an email address\./);
  assert.match(words, /Visibility must be one of: public, partners, private\./);
  assert.match(words, /Serial \(line 1\) must be text\./);
  assert.match(words, /Note is required\./);
  assert.match(words, /Has fields this form does not take \(extra\)\./);
});

test("the dashboard's ApiError says the same, and its per-field hints too", () => {
  const error = problemToError(400, problemFor(lotSchema, { lotCode: "" }));
  assert.doesNotMatch(error.readable, libraryPhrasings);
  assert.match(error.readable, /^Lot code is required\./);
  assert.equal(error.fieldErrors.lotCode, "Required.");
  for (const hint of Object.values(error.fieldErrors)) assert.doesNotMatch(hint, libraryPhrasings);
});

test("field paths become labels", () => {
  assert.equal(fieldLabel("body.lotCode"), "Lot code");
  assert.equal(fieldLabel("body.items.2.gtin"), "GTIN (line 3)");
  assert.equal(fieldLabel("querystring.limit"), "Limit");
  assert.equal(fieldLabel("body.bizLocation.id"), "ID");
  assert.equal(fieldLabel("body"), "");
  assert.equal(fieldErrorSentence({ field: "body", message: "Invalid input" }), "Is not valid.");
  assert.equal(
    fieldErrorHint("Too big: expected string to have <=20 characters"),
    "Can have at most 20 characters.",
  );
});

test("a message the API wrote for people is kept", () => {
  assert.equal(
    problemWords({ errors: [{ field: "body.gtin", message: "must be a GTIN with a valid check digit" }] }),
    "GTIN must be a GTIN with a valid check digit.",
  );
  assert.equal(problemWords({ title: "Not found", detail: "No lot with this id." }), "No lot with this id.");
});

test("wallet and chain library errors become what to do", () => {
  const noWallet = walletErrorWords(new ProviderNotFoundError());
  assert.match(noWallet, /No browser wallet was found/);
  assert.doesNotMatch(noWallet, libraryPhrasings);
  assert.equal(
    walletErrorWords(new UserRejectedRequestError(new Error("User rejected the request."))),
    "You declined the request in your wallet.",
  );
  assert.equal(walletErrorWords(new Error("first line\nstack-ish detail")), "First line");
});
