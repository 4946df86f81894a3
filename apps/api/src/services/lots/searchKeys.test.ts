import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { before, describe, it } from "node:test";
import { bizTransactionSearchKeys, placeSearchKey } from "@tracemark/sdk";
import fc from "fast-check";
import { testDatabase } from "../../testing/suite.ts";

/**
 * The `trace_search_keys` migration wrote the keys of events stored before it with the SQL functions
 * that had indexed them; the capture worker writes them since with the SDK's rules. Both must give
 * the same keys, or a search would miss old events or new ones.
 */
describe("search keys: the SDK's rules equal the SQL functions the old events' keys came from", () => {
  const db = testDatabase();

  before(async () => {
    const sql = await readFile(
      new URL("../../../../../prisma/migrations/20261204220100_trace_search/migration.sql", import.meta.url),
      "utf8",
    );
    for (const fn of sql.match(/CREATE FUNCTION[\s\S]*?\$\$;/g) ?? []) await db.prisma.$executeRawUnsafe(fn);
  });

  const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
  const text = fc.string({ unit: "grapheme", maxLength: 12 });
  const uri = fc.oneof(
    fc
      .tuple(digits(7), fc.stringMatching(/^[0-9]{0,6}$/), text)
      .map(([c, r, x]) => `urn:epc:id:sgln:${c}.${r}.${x}`),
    fc
      .tuple(fc.constantFrom("414", "417", "254"), digits(13), text)
      .map(([ai, gln, x]) => `https://id.gs1.org/${ai}/${gln}/${x}`),
    fc
      .tuple(fc.constantFrom("urn:tracemark:location:", "HTTPS://Example.com/", "urn:x:"), text)
      .map(([p, x]) => p + x),
  );
  const transaction = fc.oneof(
    fc
      .tuple(text, fc.constantFrom(":", "/", "::", ""), text, fc.constantFrom("", "/"))
      .map((p) => p.join("")),
    fc.constantFrom(
      "urn:epcglobal:cbv:bt:0614141073467:PO-4711",
      "https://example.com/İSTANBUL/ΣΟΦΙΑΣ",
      "https://example.com/inv/INV-9/",
      ":",
      "/",
      "",
    ),
  );
  const list = fc.array(
    fc.oneof(
      transaction.map((bizTransaction) => ({ type: "po", bizTransaction })),
      fc.constantFrom({ bizTransaction: 7 }, "PO-1", null),
    ),
    { maxLength: 4 },
  );

  it("for places (SGLNs, Digital Links, other URIs, odd unicode)", async () => {
    const uris = fc.sample(uri, 3000);
    const rows = await db.prisma.$queryRaw<{ uri: string; keys: string[] }[]>`
      SELECT u AS uri, search_location_keys(u, NULL) AS keys FROM unnest(${uris}::text[]) AS u`;
    for (const row of rows) assert.deepEqual([placeSearchKey(row.uri)], row.keys, row.uri);
  });

  it("for business transactions (references after `:` or `/`, trailing slashes, odd values)", async () => {
    const documents = fc.sample(list, 3000).map((bizTransactionList) => ({ bizTransactionList }));
    const rows = await db.prisma.$queryRaw<{ i: number; keys: string[] }[]>`
      SELECT i::int, search_biz_transaction_keys(d) AS keys
      FROM unnest(${documents.map((d) => JSON.stringify(d))}::jsonb[]) WITH ORDINALITY AS t(d, i)`;
    for (const row of rows) {
      const document = documents[row.i - 1] as Record<string, unknown>;
      assert.deepEqual(
        bizTransactionSearchKeys(document).sort(),
        [...row.keys].sort(),
        JSON.stringify(document),
      );
    }
  });
});
