import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { before, describe, test } from "node:test";
import { computeEventHash } from "@tracemark/sdk";
import { buildApp } from "../../app.ts";
import {
  captureLockKey,
  MAX_CAPTURE_ATTEMPTS,
  processPendingCaptures,
} from "../../capture/processPendingCaptures.ts";
import { startCaptureWorker } from "../../capture/startCaptureWorker.ts";
import { call } from "../../testing/actors.ts";
import { captureProcessed, createLot, epcisDocumentOf, observation } from "../../testing/captureFixtures.ts";
import { testAppWithActors } from "../../testing/suite.ts";

const epcisDocument = (events: Record<string, unknown>[]) =>
  epcisDocumentOf(events, { ex: "https://example.com/ns/" });

function objectEvent(epcClass: string, extra: Record<string, unknown> = {}) {
  return observation({
    bizStep: "urn:epcglobal:cbv:bizstep:inspecting",
    quantityList: [{ epcClass, quantity: 3, uom: "KGM" }],
    "ex:inspector": "N. Ash",
    ...extra,
  });
}

/** The fields a failed capture job names, in its order. */
const failedFields = (job: { errors: { field: string }[] }) => job.errors.map((e) => e.field);

describe("EPCIS capture: accepted, processed by the worker, all or nothing, idempotent", () => {
  const { t, a } = testAppWithActors();
  let lotUri: string;
  let lotId: string;
  before(async () => {
    const { lot, gtin, lotCode } = await createLot(t, a.orgA.id);
    lotId = lot.id;
    // The URN form; it is stored as its Digital Link and resolves to the lot.
    lotUri = `urn:epc:class:lgtin:${gtin.slice(1, 8)}.${gtin[0]}${gtin.slice(8, 13)}.${lotCode}`;
  });

  const url = () => `/orgs/${a.orgA.id}/capture`;

  test("a document is accepted (202 + Location), then processed: every event stored with its identifiers", async () => {
    const events = [objectEvent(lotUri), objectEvent(lotUri), objectEvent(lotUri)];
    const response = await call(t.app, a.orgA.apiKeys.operator, "POST", url(), epcisDocument(events));
    assert.equal(response.statusCode, 202, response.body);
    const { captureId, status, eventCount } = response.json();
    assert.equal(status, "accepted");
    assert.equal(eventCount, 3);
    assert.equal(response.headers.location, `/orgs/${a.orgA.id}/capture/${captureId}`);

    assert.equal(await processPendingCaptures(t.context), 1);
    const poll = await call(t.app, a.orgA.users.viewer, "GET", `${url()}/${captureId}`);
    assert.equal(poll.statusCode, 200, poll.body);
    assert.equal(poll.json().status, "succeeded");
    assert.equal(poll.json().storedCount, 3);
    assert.equal(poll.json().duplicateCount, 0);
    assert.deepEqual(poll.json().errors, []);

    const stored = await t.db.prisma.event.findMany({ where: { captureId }, include: { identifiers: true } });
    assert.equal(stored.length, 3);
    for (const event of stored) {
      assert.equal(event.organizationId, a.orgA.id);
      assert.equal(event.batchId, null, "waiting for a batch");
      assert.equal(event.lotId, lotId);
      assert.equal(computeEventHash({ event: event.document as Record<string, unknown> }), event.eventHash);
      assert.deepEqual(
        event.identifiers.map((i) => [i.role, i.lotId]),
        [["quantity", lotId]],
      );
    }
    const row = await t.db.prisma.capture.findUniqueOrThrow({ where: { id: captureId } });
    assert.equal(row.payload, null, "the payload is dropped once processed");
  });

  test("one bad event fails the whole capture, with errors naming each field", async () => {
    const before = await t.db.prisma.event.count();
    const events = [
      objectEvent(lotUri),
      objectEvent(lotUri, { bizStep: "juggling" }),
      objectEvent(lotUri, { eventTime: "2026-13-01" }),
    ];
    const { job: poll } = await captureProcessed(t, a, epcisDocument(events));
    assert.equal(poll.status, "failed");
    assert.equal(poll.storedCount, null);
    const fields = failedFields(poll);
    assert.ok(fields.includes("epcisBody.eventList[1].bizStep"), JSON.stringify(poll.errors));
    assert.ok(fields.includes("epcisBody.eventList[2].eventTime"), JSON.stringify(poll.errors));
    assert.equal(await t.db.prisma.event.count(), before, "nothing stored");
  });

  test("an undeclared extension prefix fails the event that uses it", async () => {
    const bad = { ...objectEvent(lotUri), "zz:unknown": 1 };
    const { job: poll } = await captureProcessed(t, a, epcisDocument([objectEvent(lotUri), bad]));
    assert.equal(poll.status, "failed");
    assert.deepEqual(failedFields(poll), ["epcisBody.eventList[1]"]);
  });

  test("events already stored are not stored again; the rest are", async () => {
    const known = objectEvent(lotUri);
    const first = await call(t.app, a.orgA.apiKeys.operator, "POST", url(), epcisDocument([known]));
    await processPendingCaptures(t.context);
    assert.equal(first.statusCode, 202);
    const fresh = objectEvent(lotUri);
    const { job: poll } = await captureProcessed(t, a, epcisDocument([known, fresh, fresh]));
    assert.equal(poll.status, "succeeded");
    assert.equal(poll.storedCount, 1);
    assert.equal(poll.duplicateCount, 2);
  });

  test("the same document captured again (no Idempotency-Key) stores nothing again", async () => {
    const body = epcisDocument([objectEvent(lotUri), objectEvent(lotUri)]);
    const first = await call(t.app, a.orgA.apiKeys.operator, "POST", url(), body);
    await processPendingCaptures(t.context);
    const identifiers = await t.db.prisma.eventIdentifier.count();
    const again = await call(t.app, a.orgA.apiKeys.operator, "POST", url(), body);
    assert.notEqual(again.json().captureId, first.json().captureId);
    await processPendingCaptures(t.context);
    const poll = (
      await call(t.app, a.orgA.apiKeys.viewer, "GET", `${url()}/${again.json().captureId}`)
    ).json();
    assert.equal(poll.status, "succeeded");
    assert.equal(poll.storedCount, 0);
    assert.equal(poll.duplicateCount, 2);
    assert.equal(await t.db.prisma.event.count({ where: { captureId: first.json().captureId } }), 2);
    assert.equal(await t.db.prisma.event.count({ where: { captureId: again.json().captureId } }), 0);
    assert.equal(await t.db.prisma.eventIdentifier.count(), identifiers);
  });

  /** Organisation B captures `events`; the capture as B polls it once processed. */
  const processedCaptureOfB = async (events: Record<string, unknown>[]) => {
    const response = await call(
      t.app,
      a.orgB.apiKeys.operator,
      "POST",
      `/orgs/${a.orgB.id}/capture`,
      epcisDocument(events),
    );
    await processPendingCaptures(t.context);
    const capture = `/orgs/${a.orgB.id}/capture/${response.json().captureId}`;
    return (await call(t.app, a.orgB.apiKeys.viewer, "GET", capture)).json();
  };

  test("an event another organisation recorded fails the capture instead of being shared", async () => {
    // A pallet no lot of A's names: B may name it, so only the event's being A's stops B.
    const event = observation({ epcList: ["urn:epc:id:sscc:4012345.0000000042"] });
    await call(t.app, a.orgA.apiKeys.operator, "POST", url(), epcisDocument([event]));
    await processPendingCaptures(t.context);
    const poll = await processedCaptureOfB([event]);
    assert.equal(poll.status, "failed");
    assert.deepEqual(failedFields(poll), ["epcisBody.eventList[0]"]);
  });

  test("an event naming another organisation's lot fails the capture, naming the field, the lot and the event", async () => {
    const event = objectEvent(lotUri);
    const poll = await processedCaptureOfB([event]);
    assert.equal(poll.status, "failed");
    const [error] = poll.errors;
    assert.equal(error.field, "epcisBody.eventList[0].quantityList");
    assert.match(
      error.message,
      /^https:\/\/id\.gs1\.org\/01\/\d{14}\/10\/\S+ is a lot of another organisation, which has not shipped it to you \(event ni:\/\/\/sha-256;/,
    );
    assert.equal(await t.db.prisma.event.count({ where: { organizationId: a.orgB.id } }), 0);
  });

  test("an error declaration captured as EPCIS gets its own hash and names the event it corrects", async () => {
    const original = objectEvent(lotUri);
    await call(t.app, a.orgA.apiKeys.operator, "POST", url(), epcisDocument([original]));
    await processPendingCaptures(t.context);
    const stored = await t.db.prisma.event.findFirstOrThrow({
      where: { eventTime: new Date(original.eventTime) },
    });
    const declaration = {
      ...original,
      eventID: stored.eventHash,
      errorDeclaration: { declarationTime: "2026-06-01T00:00:00.000Z", reason: "did_not_occur" },
    };
    const { job: poll } = await captureProcessed(t, a, epcisDocument([declaration]));
    assert.equal(poll.status, "succeeded", JSON.stringify(poll.errors));
    assert.equal(poll.storedCount, 1, "not mistaken for a duplicate of the original");
    const row = await t.db.prisma.event.findFirstOrThrow({ where: { correctsEventHash: stored.eventHash } });
    assert.notEqual(row.eventHash, stored.eventHash);
    const document = row.document as Record<string, unknown>;
    assert.equal(document["tm:declares"], stored.eventHash);
    assert.equal(computeEventHash({ event: document }), row.eventHash);
  });

  test("events attach uploaded documents by their sha256 in tm:documents; an unknown one fails the capture", async () => {
    const upload = await t.app.inject({
      method: "POST",
      url: `/orgs/${a.orgA.id}/documents`,
      headers: { ...a.orgA.apiKeys.operator.headers, "content-type": "text/plain" },
      payload: "lab report 7",
    });
    const { sha256 } = upload.json();
    const tracemark = { ex: "https://example.com/ns/", tm: "https://tracemark.dev/ns/epcis/" };
    const attached = objectEvent(lotUri, { "tm:documents": [sha256] });
    const { captureId, job: poll } = await captureProcessed(t, a, epcisDocumentOf([attached], tracemark));
    assert.equal(poll.status, "succeeded", JSON.stringify(poll.errors));
    const event = await t.db.prisma.event.findFirstOrThrow({
      where: { captureId },
      include: { attachments: true },
    });
    assert.deepEqual(
      event.attachments.map((d) => d.documentSha256),
      [sha256],
    );

    const unknown = objectEvent(lotUri, { "tm:documents": ["0".repeat(64)] });
    const { job: failed } = await captureProcessed(t, a, epcisDocumentOf([attached, unknown], tracemark));
    assert.equal(failed.status, "failed");
    assert.deepEqual(
      failed.errors.map((e: { field: string }) => e.field),
      ["epcisBody.eventList[1].tm:documents"],
    );
  });

  test("Idempotency-Key: same key and body → the same capture; same key, other body → 422", async () => {
    const body = epcisDocument([objectEvent(lotUri)]);
    const key = { "idempotency-key": `k-${crypto.randomUUID()}` };
    const send = (payload: unknown) =>
      t.app.inject({
        method: "POST",
        url: url(),
        headers: { ...a.orgA.apiKeys.operator.headers, ...key, "content-type": "application/json" },
        payload: payload as object,
      });
    const first = await send(body);
    const again = await send(body);
    assert.equal(first.statusCode, 202);
    assert.equal(again.statusCode, 202);
    assert.equal(again.json().captureId, first.json().captureId);
    const other = await send(epcisDocument([objectEvent(lotUri)]));
    assert.equal(other.statusCode, 422, other.body);
    assert.equal(other.json().errors[0].field, "headers.idempotency-key");
    // The body is compared as the text sent: the same JSON laid out otherwise is another body.
    const reformatted = await send(JSON.stringify(body, null, 2));
    assert.equal(reformatted.statusCode, 422, reformatted.body);
    assert.equal(await t.db.prisma.capture.count({ where: { idempotencyKey: key["idempotency-key"] } }), 1);
  });

  test("the document is kept and hashed as the text received, and processed from it", async () => {
    const event = JSON.stringify(objectEvent(lotUri, { "ex:note": "NOTE" })).replace(
      '"NOTE"',
      String.raw`"ünïcode \ud83d\ude00 and \u00e9"`,
    );
    const text = `\uFEFF{\n  "epcisBody": {"eventList": [${event}]},\n  "type": "EPCISDocument", "schemaVersion": "2.0",
      "creationDate": "2026-03-04T12:00:00.000Z",
      "@context": ${JSON.stringify(epcisDocument([])["@context"])}\n}\n`;
    const response = await t.app.inject({
      method: "POST",
      url: url(),
      headers: { ...a.orgA.apiKeys.operator.headers, "content-type": "application/json; charset=utf-8" },
      payload: text,
    });
    assert.equal(response.statusCode, 202, response.body);
    const row = await t.db.prisma.capture.findUniqueOrThrow({ where: { id: response.json().captureId } });
    const withoutMark = text.slice(1);
    assert.equal(row.payload, withoutMark, "as sent, but for the byte-order mark");
    assert.equal(row.requestHash, createHash("sha256").update(withoutMark).digest("hex"));
    await processPendingCaptures(t.context);
    const done = await t.db.prisma.capture.findUniqueOrThrow({ where: { id: row.id } });
    assert.equal(done.status, "succeeded", JSON.stringify(done.errors));
    const stored = await t.db.prisma.event.findFirstOrThrow({ where: { captureId: row.id } });
    assert.equal((stored.document as Record<string, unknown>)["ex:note"], "ünïcode 😀 and é");
  });

  test("JSON the database cannot store, bad JSON and prototype keys are refused when they arrive", async () => {
    const before = await t.db.prisma.capture.count();
    const send = (payload: string) =>
      t.app.inject({
        method: "POST",
        url: url(),
        headers: { ...a.orgA.apiKeys.operator.headers, "content-type": "application/json" },
        payload,
      });
    const document = JSON.stringify(epcisDocument([objectEvent(lotUri)]));
    for (const [problem, value] of [
      ["NUL character", "nul \u0000 here"],
      ["unpaired UTF-16 surrogate", "half \ud800 a pair"],
    ] as const) {
      const refused = await send(document.replace('"N. Ash"', JSON.stringify(value)));
      assert.equal(refused.statusCode, 422, refused.body);
      assert.match(refused.json().errors[0].field, /^body\.epcisBody\.eventList\[0\]\./);
      assert.ok(refused.json().detail.includes(problem), refused.body);
    }
    assert.equal((await send(document.slice(0, -1))).statusCode, 400);
    assert.equal((await send(document.replace('"type":', '"__proto__": {"x": 1}, "type":'))).statusCode, 400);
    assert.equal(await t.db.prisma.capture.count(), before);
  });

  test("a capture row whose payload is not JSON fails with an error, not a worker crash", async () => {
    const row = await t.db.prisma.capture.create({
      data: {
        organizationId: a.orgA.id,
        requestHash: "broken",
        eventCount: 1,
        payload: '{"type": "EPCISDoc',
      },
    });
    assert.equal(await processPendingCaptures(t.context), 1);
    const after = await t.db.prisma.capture.findUniqueOrThrow({ where: { id: row.id } });
    assert.equal(after.status, "failed");
    assert.deepEqual(after.errors, [{ field: "body", message: "is not JSON" }]);
    assert.equal(after.payload, null);
  });

  test("Idempotency-Key sent by several requests at once: one capture, every answer names it", async () => {
    const body = epcisDocument([objectEvent(lotUri)]);
    const key = { "idempotency-key": `race-${crypto.randomUUID()}` };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.app.inject({
          method: "POST",
          url: url(),
          headers: { ...a.orgA.apiKeys.operator.headers, ...key },
          payload: body,
        }),
      ),
    );
    for (const answer of answers) assert.equal(answer.statusCode, 202, answer.body);
    assert.equal(new Set(answers.map((answer) => answer.json().captureId)).size, 1);
    assert.equal(await t.db.prisma.capture.count({ where: { idempotencyKey: key["idempotency-key"] } }), 1);
  });

  test("the standard /capture path is for API keys, whose organisation is implied", async () => {
    const response = await call(
      t.app,
      a.orgA.apiKeys.operator,
      "POST",
      "/capture",
      epcisDocument([objectEvent(lotUri)]),
    );
    assert.equal(response.statusCode, 202, response.body);
    assert.equal(response.headers.location, `/capture/${response.json().captureId}`);
    const row = await t.db.prisma.capture.findUniqueOrThrow({ where: { id: response.json().captureId } });
    assert.equal(row.organizationId, a.orgA.id);
    const poll = await call(t.app, a.orgA.apiKeys.viewer, "GET", `/capture/${row.id}`);
    assert.equal(poll.statusCode, 200);
    assert.equal((await call(t.app, a.orgB.apiKeys.admin, "GET", `/capture/${row.id}`)).statusCode, 404);
    assert.equal(
      (await call(t.app, a.orgA.apiKeys.operator, "POST", "/capture", epcisDocument([]))).statusCode,
      400,
    );
    assert.equal(
      (await call(t.app, a.orgA.apiKeys.viewer, "POST", "/capture", epcisDocument([objectEvent(lotUri)])))
        .statusCode,
      403,
    );
    assert.equal(
      (await call(t.app, a.orgA.users.owner, "POST", "/capture", epcisDocument([objectEvent(lotUri)])))
        .statusCode,
      403,
    );
    await processPendingCaptures(t.context);
  });

  test("a capture left processing by a dead worker is taken over at once, whatever its lease; one whose worker holds it is left alone", async () => {
    const body = epcisDocument([objectEvent(lotUri)]);
    const stale = await t.db.prisma.capture.create({
      data: {
        organizationId: a.orgA.id,
        requestHash: "stale",
        eventCount: 1,
        payload: JSON.stringify(body),
        status: "processing",
        leaseExpiresAt: new Date(Date.now() + 3_600_000),
      },
    });
    const live = await t.db.prisma.capture.create({
      data: {
        organizationId: a.orgA.id,
        requestHash: "live",
        eventCount: 1,
        payload: JSON.stringify(epcisDocument([objectEvent(lotUri)])),
        status: "processing",
        leaseExpiresAt: new Date(Date.now() + 3_600_000),
      },
    });
    // The live capture's worker holds its lock on a session of its own while it works.
    const processed = await t.db.withSession(async (worker) => {
      await worker.exec(`SELECT pg_advisory_lock(${captureLockKey(`'${live.id}'::uuid`)})`);
      try {
        return await processPendingCaptures(t.context);
      } finally {
        await worker.exec("SELECT pg_advisory_unlock_all()");
      }
    });
    assert.equal(processed, 1);
    const after = await t.db.prisma.capture.findUniqueOrThrow({ where: { id: stale.id } });
    assert.equal(after.status, "succeeded");
    assert.equal(after.storedCount, 1);
    assert.equal(
      (await t.db.prisma.capture.findUniqueOrThrow({ where: { id: live.id } })).status,
      "processing",
    );
    await t.db.prisma.capture.delete({ where: { id: live.id } });
  });

  /** Posts a document of one event; returns the accepted capture's id. */
  const acceptOne = async (): Promise<string> =>
    (await call(t.app, a.orgA.apiKeys.operator, "POST", url(), epcisDocument([objectEvent(lotUri)]))).json()
      .captureId;

  test("a capture whose worker died is taken over, and given up after MAX_CAPTURE_ATTEMPTS claims", async () => {
    // As a worker that died mid-capture leaves it: processing, its lease run out.
    const diedOnce = async (attempts: number) => {
      const id = await acceptOne();
      await t.db.prisma.capture.update({
        where: { id },
        data: { status: "processing", leaseExpiresAt: new Date(Date.now() - 1_000), attempts },
      });
      return id;
    };
    const retried = await diedOnce(MAX_CAPTURE_ATTEMPTS - 1);
    await processPendingCaptures(t.context);
    const done = await t.db.prisma.capture.findUniqueOrThrow({ where: { id: retried } });
    assert.equal(done.status, "succeeded");
    assert.equal(done.attempts, MAX_CAPTURE_ATTEMPTS);

    const poisoned = await diedOnce(MAX_CAPTURE_ATTEMPTS);
    await processPendingCaptures(t.context);
    const given = await t.db.prisma.capture.findUniqueOrThrow({ where: { id: poisoned } });
    assert.equal(given.status, "failed");
    assert.match(
      JSON.stringify(given.errors),
      new RegExp(`did not finish in ${MAX_CAPTURE_ATTEMPTS} attempts`),
    );
    assert.equal(await t.db.prisma.event.count({ where: { captureId: poisoned } }), 0);
  });

  test("captures accepted before a restart are processed by a newly started worker", async () => {
    const id = await acceptOne();
    const worker = startCaptureWorker({
      ...t.context,
      config: { ...t.context.config, capture: { ...t.context.config.capture, pollMs: 20 } },
    });
    let status = "accepted";
    for (let i = 0; i < 500 && (status === "accepted" || status === "processing"); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = (await t.db.prisma.capture.findUniqueOrThrow({ where: { id } })).status;
    }
    await worker.stop();
    assert.equal(status, "succeeded");
  });

  test("a capture accepted by an app with a worker is stored at once, not at the worker's next poll", async () => {
    const worker = startCaptureWorker({
      ...t.context,
      config: { ...t.context.config, capture: { ...t.context.config.capture, pollMs: 600_000, workers: 2 } },
    });
    const app = await buildApp({ ...t.context, captureAccepted: worker.wake });
    try {
      await new Promise((resolve) => setTimeout(resolve, 100)); // both loops are asleep now
      const response = await call(
        app,
        a.orgA.apiKeys.operator,
        "POST",
        url(),
        epcisDocument([objectEvent(lotUri)]),
      );
      const id = response.json().captureId;
      let status = "accepted";
      for (let i = 0; i < 1_500 && (status === "accepted" || status === "processing"); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        status = (await t.db.prisma.capture.findUniqueOrThrow({ where: { id } })).status;
      }
      assert.equal(status, "succeeded");
    } finally {
      await app.close();
      await worker.stop();
    }
  });

  test("a thousand events are stored in one go", async () => {
    const events = Array.from({ length: 1_000 }, () => objectEvent(lotUri));
    const { captureId, job: poll } = await captureProcessed(t, a, epcisDocument(events));
    assert.equal(poll.status, "succeeded", JSON.stringify(poll.errors.slice(0, 3)));
    assert.equal(poll.storedCount, 1_000);
    assert.equal(await t.db.prisma.eventIdentifier.count({ where: { event: { captureId } } }), 1_000);
  });
});
