import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, test } from "node:test";
import fc from "fast-check";
import { processPendingCaptures } from "../capture/processPendingCaptures.ts";
import { type Credentials, call } from "../testing/actors.ts";
import { epcisDocumentOf, observation } from "../testing/captureFixtures.ts";
import { testAppWithActors } from "../testing/suite.ts";

type Job = {
  success: boolean;
  storedCount: number | null;
  duplicateCount: number | null;
  errors: { field: string; message: string }[];
};

describe("a client's eventID names one event of its organisation's record", () => {
  const { t, a } = testAppWithActors();
  let n = 0;
  /** An event of no one's lot, with the client's own eventID. */
  const event = (eventID: string, fields: Record<string, unknown> = {}) =>
    observation({ eventID, epcList: [`urn:epc:id:sgtin:0614141.107346.${7000 + n++}`], ...fields });
  /** Captures a document through POST /capture and answers its finished capture job. */
  const capture = async (
    events: Record<string, unknown>[],
    who: Credentials = a.orgA.apiKeys.operator,
    headers: Record<string, string> = {},
  ): Promise<Job> => {
    const accepted = await t.app.inject({
      method: "POST",
      url: "/capture",
      headers: { ...who.headers, ...headers },
      payload: epcisDocumentOf(events),
    });
    assert.equal(accepted.statusCode, 202, accepted.body);
    await processPendingCaptures(t.context);
    const job = await call(t.app, who, "GET", String(accepted.headers.location));
    return job.json() as Job;
  };
  const stored = (organizationId: string, eventID: string) =>
    t.db.prisma.event.count({ where: { organizationId, document: { path: ["eventID"], equals: eventID } } });

  test("another event under an eventID already in the record is refused, naming the field; the same event again is a duplicate", async () => {
    const id = "urn:uuid:11111111-1111-4111-8111-111111111111";
    const original = event(id);
    assert.equal((await capture([original])).success, true);
    const again = await capture([original]);
    assert.deepEqual([again.success, again.duplicateCount], [true, 1], "the same event again: idempotent");

    const reused = await capture([event(id)]);
    assert.equal(reused.success, false);
    assert.deepEqual(
      reused.errors.map((error) => error.field),
      ["epcisBody.eventList[0].eventID"],
    );
    assert.match(reused.errors[0]?.message ?? "", /already names another event.*errorDeclaration/);
    assert.equal(await stored(a.orgA.id, id), 1);

    const single = await call(t.app, a.orgA.apiKeys.operator, "POST", "/events", event(id));
    assert.equal(single.statusCode, 409, single.body);
    const problem = single.json() as { type: string; errors: { field: string }[] };
    assert.equal(problem.type, "epcisException:ResourceAlreadyExistsException");
    assert.deepEqual(
      problem.errors.map((error) => error.field),
      ["body.eventID"],
    );
    assert.equal(await stored(a.orgA.id, id), 1);
  });

  test("one eventID twice in a document: the later event is refused (rollback stores nothing, proceed the first)", async () => {
    const id = "urn:uuid:22222222-2222-4222-8222-222222222222";
    const twice = [event(id), event("urn:uuid:33333333-3333-4333-8333-333333333333"), event(id)];
    const rolledBack = await capture(twice);
    assert.equal(rolledBack.success, false);
    assert.deepEqual(
      rolledBack.errors.map((error) => error.field),
      ["epcisBody.eventList[2].eventID"],
    );
    assert.match(rolledBack.errors[0]?.message ?? "", /eventList\[0\]|index 0/);
    assert.equal(await stored(a.orgA.id, id), 0);
    const proceeded = await capture(twice, a.orgA.apiKeys.operator, {
      "GS1-Capture-Error-Behaviour": "proceed",
    });
    assert.equal(proceeded.storedCount, 2);
    assert.equal(await stored(a.orgA.id, id), 1);
  });

  test("the event repeated with an errorDeclaration keeps its eventID, as the standard has corrections", async () => {
    const id = "urn:uuid:44444444-4444-4444-8444-444444444444";
    const original = event(id);
    assert.equal((await capture([original])).success, true);
    const declaration = {
      ...original,
      errorDeclaration: { declarationTime: "2026-06-01T00:00:00.000Z", reason: "incorrect_data" },
    };
    const declared = await capture([declaration]);
    assert.deepEqual([declared.success, declared.errors], [true, []]);
  });

  test("another organisation's eventIDs neither collide nor show: B may use A's eventID, and A's stays A's", async () => {
    const id = "urn:uuid:55555555-5555-4555-8555-555555555555";
    assert.equal((await capture([event(id)])).success, true);
    const ofB = await capture([event(id)], a.orgB.apiKeys.operator);
    assert.deepEqual([ofB.success, ofB.errors], [true, []]);
    assert.equal(await stored(a.orgB.id, id), 1);
    const byB = await call(t.app, a.orgB.apiKeys.viewer, "GET", `/events/${encodeURIComponent(id)}`);
    const byA = await call(t.app, a.orgA.apiKeys.viewer, "GET", `/events/${encodeURIComponent(id)}`);
    assert.notEqual(
      (byA.json() as { epcisBody: { queryResults: { resultsBody: { eventList: { epcList: string[] }[] } } } })
        .epcisBody.queryResults.resultsBody.eventList[0]?.epcList[0],
      (byB.json() as { epcisBody: { queryResults: { resultsBody: { eventList: { epcList: string[] }[] } } } })
        .epcisBody.queryResults.resultsBody.eventList[0]?.epcList[0],
    );
  });
  test("fuzzed eventIDs: what another organisation's record holds never changes the answer; a reuse in one's own is always a 409", async () => {
    const eventIDs = fc.oneof(
      fc.uuid().map((uuid) => `urn:uuid:${uuid}`),
      fc.webUrl(),
      fc.string({ minLength: 1, maxLength: 40 }).map((text) => `urn:example:${text}`),
      fc.string({ maxLength: 40 }),
    );
    let runs = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(eventIDs, async (eventID) => {
        runs += 1;
        const post = (who: Credentials) => call(t.app, who, "POST", "/events", event(eventID));
        const first = await post(a.orgA.apiKeys.operator);
        const ofB = await post(a.orgB.apiKeys.operator);
        assert.ok(first.statusCode < 500 && ofB.statusCode < 500, `${first.body} ${ofB.body}`);
        assert.equal(
          ofB.statusCode,
          first.statusCode,
          `B's answer for ${JSON.stringify(eventID)}: ${ofB.body}`,
        );
        if (first.statusCode !== 201) return;
        accepted += 1;
        const reused = await post(a.orgA.apiKeys.operator);
        assert.equal(reused.statusCode, 409, reused.body);
        assert.doesNotMatch(reused.body, new RegExp(a.orgB.id));
      }),
      { seed: 20261205, numRuns: 30 },
    );
    assert.equal(runs, 30);
    assert.ok(accepted >= 10, `only ${accepted} of the fuzzed eventIDs were accepted at all`);
  });
  test("an eventID equal to another stored event's hash is refused too (found by the event hash)", async () => {
    const plain = observation({ epcList: [`urn:epc:id:sgtin:0614141.107346.${7000 + n++}`] });
    assert.equal((await capture([plain])).success, true);
    const [row] = await t.db.prisma.$queryRaw<{ eventHash: string }[]>`
      SELECT "eventHash" FROM events WHERE "organizationId" = ${a.orgA.id}::uuid ORDER BY "createdAt" DESC LIMIT 1`;
    const taken = await capture([event(String(row?.eventHash))]);
    assert.equal(taken.success, false, "an eventID that is another event's hash names that event");
    assert.deepEqual(
      taken.errors.map((error) => error.field),
      ["epcisBody.eventList[0].eventID"],
    );
  });

  test("client eventIDs are written as the migration's backfill computes them from the stored events", async () => {
    const rows = () =>
      t.db.prisma.$queryRaw<{ row: string }[]>`
        SELECT "eventID" || ' ' || "organizationId" || ' ' || "eventId" AS row FROM event_client_ids ORDER BY 1`;
    const written = (await rows()).map((r) => r.row);
    assert.ok(written.length >= 5, "the tests above stored events with eventIDs of their own");
    const sql = await readFile(
      new URL("../../../../prisma/migrations/20261205043300_event_client_ids/migration.sql", import.meta.url),
      "utf8",
    );
    const backfill = sql.match(/INSERT INTO "event_client_ids"[\s\S]*?;/)?.[0];
    assert.ok(backfill, "the migration carries the stored events' eventIDs over");
    await t.db.prisma.$executeRawUnsafe("DELETE FROM event_client_ids");
    await t.db.prisma.$executeRawUnsafe(backfill);
    assert.deepEqual(
      (await rows()).map((r) => r.row),
      written,
    );
  });
});
