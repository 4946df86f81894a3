import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { parse as parseContentDisposition } from "content-disposition";
import type { LightMyRequestResponse } from "fastify";
import { processPendingCaptures } from "./capture/processPendingCaptures.ts";
import { call } from "./testing/actors.ts";
import { createLot, epcisDocumentOf, observation } from "./testing/captureFixtures.ts";
import { testAppWithActors } from "./testing/suite.ts";

const ZERO_UUID = "00000000-0000-0000-0000-000000000000";
const cursorOf = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString("base64url");

/** A 4xx problem+json naming `field` (in `errors` when it lists fields). */
function assertProblem(response: LightMyRequestResponse, field: string, status?: number) {
  assert.ok(
    response.statusCode >= 400 && response.statusCode < 500,
    `${response.statusCode} ${response.body}`,
  );
  if (status !== undefined) assert.equal(response.statusCode, status, response.body);
  assert.match(String(response.headers["content-type"]), /^application\/problem\+json/);
  const fields = (response.json().errors ?? []).map((e: { field: string }) => e.field);
  assert.ok(fields.includes(field), `expected ${field} among ${JSON.stringify(fields)}: ${response.body}`);
}

describe("hostile values are refused with a 4xx naming the field, and nothing is written", () => {
  const { t, a } = testAppWithActors();
  let lotId: string;
  let productId: string;
  const rowCounts = async () => ({
    lots: await t.db.prisma.lot.count(),
    events: await t.db.prisma.event.count(),
    documents: await t.db.prisma.document.count(),
  });
  /** Organisation A's events as its viewer, and the EPCIS query binding's as its viewer key, with `query`. */
  const orgEvents = (query: string) =>
    call(t.app, a.orgA.users.viewer, "GET", `/orgs/${a.orgA.id}/events?${query}`);
  const epcisEvents = (query: string) => call(t.app, a.orgA.apiKeys.viewer, "GET", `/events?${query}`);
  before(async () => {
    const { lot, product } = await createLot(t, a.orgA.id);
    lotId = lot.id;
    productId = product.id;
  });

  describe("crafted pagination cursors", () => {
    const crafted: [string, unknown[]][] = [
      ["numbers", [1, 2]],
      ["30 February", ["2026-02-30T00:00:00Z", ZERO_UUID]],
      ["year 0", ["0000-01-01T00:00:00Z", ZERO_UUID]],
      ["year 10000 in UTC", ["9999-12-31T23:59:59.999-01:00", ZERO_UUID]],
      ["a time that is only a number, an id of dashes", ["1", "-".repeat(36)]],
      ["an expanded year", ["+275760-09-13T00:00:00.000Z", ZERO_UUID]],
      ["an object", [{ toString: "x" }, ZERO_UUID]],
    ];
    for (const [what, parts] of crafted) {
      test(`${what}: GET /orgs/:id/events, GET /events (as nextPageToken) and lot documents answer 400 naming the cursor`, async () => {
        const cursor = cursorOf(parts);
        assertProblem(await orgEvents(`cursor=${cursor}`), "querystring.cursor", 400);
        assertProblem(await epcisEvents(`nextPageToken=${cursor}`), "querystring.nextPageToken", 400);
        const documentCursor = cursorOf([parts[0], "a".repeat(64)]);
        assertProblem(
          await call(
            t.app,
            a.orgA.users.viewer,
            "GET",
            `/orgs/${a.orgA.id}/lots/${lotId}/documents?cursor=${documentCursor}`,
          ),
          "querystring.cursor",
          400,
        );
      });
    }
    test("a cursor the API gave out still pages", async () => {
      const first = await orgEvents("limit=1");
      assert.equal(first.statusCode, 200, first.body);
      const cursor = cursorOf([new Date().toISOString(), ZERO_UUID]);
      const next = await orgEvents(`cursor=${cursor}`);
      assert.equal(next.statusCode, 200, next.body);
    });
  });

  describe("dates at the edges of the calendar", () => {
    for (const time of ["0000-01-01T00:00:00Z", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"]) {
      test(`GE_eventTime=${time} is a 400 naming it`, async () => {
        const q = encodeURIComponent(time);
        assertProblem(await orgEvents(`GE_eventTime=${q}`), "querystring.GE_eventTime", 400);
        assertProblem(await epcisEvents(`LT_recordTime=${q}`), "querystring.LT_recordTime", 400);
        assertProblem(
          await call(t.app, a.orgA.users.viewer, "GET", `/orgs/${a.orgA.id}/exports/fsma204?from=${q}`),
          "querystring.from",
          400,
        );
      });
    }
    test("9999-12-31T23:59:59.999Z, the last instant, is a filter like any other", async () => {
      const response = await call(
        t.app,
        a.orgA.users.viewer,
        "GET",
        `/orgs/${a.orgA.id}/events?LT_eventTime=9999-12-31T23:59:59.999Z`,
      );
      assert.equal(response.statusCode, 200, response.body);
    });
    test("producedFrom=0000-01-01 is a 400 naming it", async () => {
      assertProblem(
        await call(t.app, a.orgA.users.viewer, "GET", `/orgs/${a.orgA.id}/lots?producedFrom=0000-01-01`),
        "querystring.producedFrom",
        400,
      );
    });
    test("a lot produced in year 0 or 999 is refused; nothing is stored", async () => {
      const before = await rowCounts();
      for (const [field, value] of [
        ["productionDate", "0000-01-01"],
        ["expiryDate", "0999-12-31"],
      ]) {
        assertProblem(
          await call(t.app, a.orgA.users.operator, "POST", `/orgs/${a.orgA.id}/products/${productId}/lots`, {
            lotCode: `Y${field}`,
            [field as string]: value,
          }),
          `body.${field}`,
          400,
        );
        assertProblem(
          await call(t.app, a.orgA.users.operator, "PATCH", `/orgs/${a.orgA.id}/lots/${lotId}`, {
            [field as string]: value,
          }),
          `body.${field}`,
          400,
        );
      }
      assert.deepEqual(await rowCounts(), before);
      const created = await call(
        t.app,
        a.orgA.users.operator,
        "POST",
        `/orgs/${a.orgA.id}/products/${productId}/lots`,
        { lotCode: "NEVER-EXPIRES", productionDate: "2026-03-01", expiryDate: "9999-12-31" },
      );
      assert.equal(created.statusCode, 201, created.body);
    });
    for (const eventTime of ["0000-01-01T00:00:00Z", "9999-12-31T23:59:59-01:00", "2026-02-29T10:00:00Z"]) {
      test(`an event at ${eventTime} is refused naming body.eventTime; nothing is stored`, async () => {
        const before = await rowCounts();
        assertProblem(
          await call(t.app, a.orgA.users.operator, "POST", `/orgs/${a.orgA.id}/events`, {
            type: "object",
            action: "OBSERVE",
            bizStep: "inspecting",
            eventTime,
            lot: { id: lotId },
          }),
          "body.eventTime",
          400,
        );
        assert.deepEqual(await rowCounts(), before);
      });
    }
  });

  describe("document file names", () => {
    for (const fileName of [
      "報告書.pdf",
      "😀 report.pdf",
      "a\u007fb.pdf",
      'q"uo\\te;.pdf',
      "e\u0301\u200fx.pdf",
    ]) {
      test(`${JSON.stringify(fileName)} downloads with an RFC 6266 Content-Disposition`, async () => {
        const content = Buffer.from(`document called ${fileName}`);
        const upload = await t.app.inject({
          method: "POST",
          url: `/orgs/${a.orgA.id}/documents?fileName=${encodeURIComponent(fileName)}`,
          headers: { ...a.orgA.users.operator.headers, "content-type": "application/pdf" },
          payload: content,
        });
        assert.equal(upload.statusCode, 201, upload.body);
        const stored = upload.json().fileName as string;
        assert.equal(stored, fileName.replaceAll(/[\u007f\u200f]/g, ""));
        const download = await call(
          t.app,
          a.orgA.users.viewer,
          "GET",
          `/orgs/${a.orgA.id}/documents/${upload.json().sha256}`,
        );
        assert.equal(download.statusCode, 200, download.body);
        assert.deepEqual(download.rawPayload, content);
        const header = String(download.headers["content-disposition"]);
        assert.match(header, /^attachment; filename=("[\x20-\x7e]*"|[\w.-]+)(; |$)/);
        assert.equal(parseContentDisposition(header).parameters.filename, stored);
      });
    }
    test("control characters in a file name are removed at upload; a name of nothing but them is refused", async () => {
      const upload = await t.app.inject({
        method: "POST",
        url: `/orgs/${a.orgA.id}/documents?fileName=${encodeURIComponent("in\u0000vo\u0001ice\u009f.pdf\r\n")}`,
        headers: { ...a.orgA.users.operator.headers, "content-type": "application/pdf" },
        payload: Buffer.from("an invoice"),
      });
      // NUL is refused as unstorable (refuseUnstorableStrings) before the route looks at the name.
      assertProblem(upload, "query.fileName");
      const clean = await t.app.inject({
        method: "POST",
        url: `/orgs/${a.orgA.id}/documents?fileName=${encodeURIComponent("in\u0007vo\u0001ice\u009f.pdf\r\n")}`,
        headers: { ...a.orgA.users.operator.headers, "content-type": "application/pdf" },
        payload: Buffer.from("an invoice"),
      });
      assert.equal(clean.statusCode, 201, clean.body);
      assert.equal(clean.json().fileName, "invoice.pdf");
      const before = await rowCounts();
      assertProblem(
        await t.app.inject({
          method: "POST",
          url: `/orgs/${a.orgA.id}/documents?fileName=${encodeURIComponent("\u0001\u0002\u007f")}`,
          headers: { ...a.orgA.users.operator.headers, "content-type": "application/pdf" },
          payload: Buffer.from("another"),
        }),
        "querystring.fileName",
        400,
      );
      assert.deepEqual(await rowCounts(), before);
    });
  });

  describe("captures that cannot succeed fail at once, naming the field", () => {
    const capture = (document: unknown) =>
      call(t.app, a.orgA.apiKeys.operator, "POST", `/orgs/${a.orgA.id}/capture`, document);

    for (const eventTime of ["0000-01-01T00:00:00Z", "9999-12-31T23:59:59-01:00"]) {
      test(`an event at ${eventTime}: failed on its first attempt with the field named`, async () => {
        const before = await rowCounts();
        const accepted = await capture(epcisDocumentOf([observation({}), observation({ eventTime })]));
        assert.equal(accepted.statusCode, 202, accepted.body);
        assert.equal(await processPendingCaptures(t.context), 1);
        const row = await t.db.prisma.capture.findUniqueOrThrow({ where: { id: accepted.json().captureId } });
        assert.equal(row.status, "failed");
        assert.equal(row.attempts, 1);
        assert.deepEqual(
          (row.errors as { field: string }[]).map((e) => e.field),
          ["epcisBody.eventList[1].eventTime"],
        );
        assert.deepEqual(await rowCounts(), before);
      });
    }

    test("an extension nested 2,000 deep is refused at acceptance, by the body parser", async () => {
      let deep: unknown = "bottom";
      for (let i = 0; i < 2_000; i++) deep = { "ex:inner": deep };
      const before = await t.db.prisma.capture.count();
      const response = await capture(
        epcisDocumentOf([observation({ "ex:outer": deep })], { ex: "https://example.com/ns/" }),
      );
      assert.equal(response.statusCode, 400, response.body);
      assert.match(String(response.headers["content-type"]), /^application\/problem\+json/);
      assert.equal(response.json().type, "https://tracemark.dev/problems/nested-too-deeply");
      assert.equal(response.json().errors[0].field, "body");
      assert.equal(await t.db.prisma.capture.count(), before);
    });

    test("a payload the worker cannot process for good (it throws) is failed on the first attempt, not retried", async () => {
      const accepted = await capture(epcisDocumentOf([observation({})]));
      assert.equal(accepted.statusCode, 202, accepted.body);
      const captureId = accepted.json().captureId;
      // A row written by an older version, with nesting the acceptance check now refuses (too deep
      // for JSON.stringify, so written as text).
      const deep = `${'{"ex:inner":'.repeat(20_000)}"bottom"${"}".repeat(20_000)}`;
      const payload = JSON.stringify(
        epcisDocumentOf([observation({ "ex:outer": "DEEP" })], { ex: "https://example.com/ns/" }),
      ).replace('"DEEP"', deep);
      await t.db.prisma.capture.update({ where: { id: captureId }, data: { payload } });
      assert.equal(await processPendingCaptures(t.context), 1);
      const row = await t.db.prisma.capture.findUniqueOrThrow({ where: { id: captureId } });
      assert.equal(row.status, "failed");
      assert.equal(row.attempts, 1);
      const [error] = row.errors as { field: string; message: string }[];
      assert.equal(error?.field, "epcisBody.eventList[0]");
      assert.match(error?.message ?? "", /nested deeper than/);
    });
  });
});
