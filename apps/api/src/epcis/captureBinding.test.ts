import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { processPendingCaptures } from "../capture/processPendingCaptures.ts";
import { createActors } from "../testing/actors.ts";
import { buildTestApp, type TestApp } from "../testing/buildTestApp.ts";
import {
  createLot,
  epcisDocumentOf,
  observation,
  uniqueGln,
  uniqueGtin,
} from "../testing/captureFixtures.ts";
import {
  bindingBodyErrors,
  bindingHeaderErrors,
  bindingResponse,
  gs1Binding,
} from "../testing/gs1Binding.ts";
import { testAppWithActors } from "../testing/suite.ts";

/** `app.inject` with raw headers (content types, GS1 headers) as `who`. */
function send(
  t: TestApp,
  who: { headers: Record<string, string> },
  method: "GET" | "POST",
  url: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
) {
  const payload =
    options.body === undefined
      ? undefined
      : typeof options.body === "string"
        ? options.body
        : JSON.stringify(options.body);
  return t.app.inject({
    method,
    url,
    headers: {
      ...who.headers,
      ...(payload === undefined ? {} : { "content-type": "application/json" }),
      ...options.headers,
    },
    ...(payload === undefined ? {} : { payload }),
  });
}

describe("EPCIS 2.0 REST binding, capture side: responses conform to GS1's openapi.yaml", () => {
  const { t, a } = testAppWithActors();
  let lotUri: string;
  before(async () => {
    const { gtin, lotCode } = await createLot(t, a.orgA.id);
    lotUri = `https://id.gs1.org/01/${gtin}/10/${lotCode}`;
  });

  const event = (fields: Record<string, unknown> = {}) =>
    observation({ quantityList: [{ epcClass: lotUri, quantity: 1, uom: "KGM" }], ...fields });

  /** Every header the binding documents for a response that we send, valid against its schema. */
  function assertBindingHeaders(
    path: string,
    method: string,
    status: number,
    headers: Record<string, unknown>,
  ) {
    const documented = Object.keys(bindingResponse(path, method, status).response.headers ?? {});
    for (const name of ["GS1-EPCIS-Version", "GS1-CBV-Version"]) {
      if (!documented.includes(name)) continue;
      const value = headers[name.toLowerCase()];
      assert.ok(value, `${method.toUpperCase()} ${path} ${status} carries ${name}`);
      assert.deepEqual(bindingHeaderErrors(name, value), [], `${name}: ${value}`);
    }
  }

  test("every capture operation of the binding is served", async () => {
    const id = crypto.randomUUID();
    const operations = [
      ...["/capture", "/capture/{captureID}"].flatMap((path) =>
        Object.keys(gs1Binding.paths[path] ?? {})
          .filter((key) => key !== "parameters")
          .map((method) => [method, path] as const),
      ),
      ["post", "/events"] as const,
    ];
    assert.deepEqual(operations.map(([method, path]) => `${method} ${path}`).sort(), [
      "get /capture",
      "get /capture/{captureID}",
      "options /capture",
      "options /capture/{captureID}",
      "post /capture",
      "post /events",
    ]);
    for (const [method, path] of operations) {
      const route = t.app.findRoute({
        method: method.toUpperCase() as "GET",
        url: path.replace("{captureID}", id),
      });
      assert.ok(route, `${method.toUpperCase()} ${path} is served`);
    }
  });

  test("OPTIONS /capture and /capture/{captureID} describe the interface: 204 and the binding's discovery headers", async () => {
    const discovery = await t.app.inject({
      method: "OPTIONS",
      url: "/capture",
      headers: a.orgA.apiKeys.viewer.headers,
    });
    assert.equal(discovery.statusCode, 204, discovery.body);
    const documented = bindingResponse("/capture", "options", 204).response.headers ?? {};
    const sent = Object.keys(documented).filter(
      (name) => discovery.headers[name.toLowerCase()] !== undefined,
    );
    assert.deepEqual(sent.sort(), [
      "Allow",
      "GS1-CBV-Max",
      "GS1-CBV-Min",
      "GS1-CBV-Version",
      "GS1-Capture-Error-Behaviour",
      "GS1-EPCIS-Capture-File-Size-Limit",
      "GS1-EPCIS-Capture-Limit",
      "GS1-EPCIS-Max",
      "GS1-EPCIS-Min",
      "GS1-EPCIS-Version",
    ]);
    for (const name of sent.filter((n) => n.startsWith("GS1-"))) {
      const raw = String(discovery.headers[name.toLowerCase()]);
      const value = /Capture(-File-Size)?-Limit$/.test(name) ? Number(raw) : raw;
      assert.deepEqual(bindingHeaderErrors(name, value), [], `${name}: ${raw}`);
    }
    assert.equal(discovery.headers["gs1-capture-error-behaviour"], "all");

    const accepted = await send(t, a.orgA.apiKeys.operator, "POST", "/capture", {
      body: epcisDocumentOf([event()]),
    });
    const job = await t.app.inject({
      method: "OPTIONS",
      url: String(accepted.headers.location),
      headers: a.orgA.apiKeys.viewer.headers,
    });
    assert.equal(job.statusCode, 204, job.body);
    assert.equal(job.headers.allow, "OPTIONS, GET");
    const missing = await t.app.inject({
      method: "OPTIONS",
      url: `/capture/${crypto.randomUUID()}`,
      headers: a.orgA.apiKeys.viewer.headers,
    });
    assert.equal(missing.statusCode, 404);
    assert.deepEqual(
      bindingBodyErrors("/capture/{captureID}", "options", 404, "application/problem+json", missing.json()),
      [],
    );
    await processPendingCaptures(t.context);
  });

  test("a document over the size limit is the binding's 413, naming the limit", async () => {
    const small = await buildTestApp({ capture: { ...t.context.config.capture, maxBytes: 2048 } });
    try {
      const actors = await createActors(small);
      const response = await send(small, actors.orgA.apiKeys.operator, "POST", "/capture", {
        body: epcisDocumentOf(Array.from({ length: 20 }, () => event())),
      });
      assert.equal(response.statusCode, 413, response.body);
      assert.equal(response.headers["gs1-epcis-capture-file-size-limit"], "2048");
      assert.deepEqual(
        bindingBodyErrors("/capture", "post", 413, "application/problem+json", response.json()),
        [],
      );
      assert.equal(await small.db.prisma.capture.count(), 0);
    } finally {
      await small.close();
    }
  });

  test("a document of more events than the capture limit is the binding's 413 CaptureLimitExceededException, naming the limit; nothing stored", async () => {
    const few = await buildTestApp({ capture: { ...t.context.config.capture, maxEvents: 2 } });
    try {
      const actors = await createActors(few);
      const discovery = await few.app.inject({
        method: "OPTIONS",
        url: "/capture",
        headers: actors.orgA.apiKeys.viewer.headers,
      });
      assert.equal(discovery.headers["gs1-epcis-capture-limit"], "2");
      const body = epcisDocumentOf(Array.from({ length: 3 }, () => event()));
      const response = await send(few, actors.orgA.apiKeys.operator, "POST", "/capture", { body });
      assert.equal(response.statusCode, 413, response.body);
      const problem = response.json() as { type: string; detail: string };
      assert.equal(problem.type, "epcisException:CaptureLimitExceededException");
      assert.match(problem.detail, /3 events.*at most 2/);
      assert.equal(response.headers["gs1-epcis-capture-limit"], "2");
      assert.deepEqual(bindingBodyErrors("/capture", "post", 413, "application/problem+json", problem), []);
      const query = {
        ...body,
        type: "EPCISQueryDocument",
        epcisBody: { queryResults: { resultsBody: { eventList: body.epcisBody.eventList } } },
      };
      const asQuery = await send(few, actors.orgA.apiKeys.operator, "POST", "/capture", { body: query });
      assert.equal(asQuery.statusCode, 413, asQuery.body);
      const people = await send(few, actors.orgA.users.operator, "POST", `/orgs/${actors.orgA.id}/capture`, {
        body,
      });
      assert.equal(people.statusCode, 413, people.body);
      assert.equal(await few.db.prisma.capture.count(), 0);
      const within = await send(few, actors.orgA.apiKeys.operator, "POST", "/capture", {
        body: epcisDocumentOf([event(), event()]),
      });
      assert.equal(within.statusCode, 202, within.body);
    } finally {
      await few.close();
    }
  });

  test("POST /capture takes application/ld+json and application/json: 202, Location, the binding's headers", async () => {
    for (const contentType of ["application/ld+json", "application/json"]) {
      const response = await send(t, a.orgA.apiKeys.operator, "POST", "/capture", {
        body: epcisDocumentOf([event()]),
        headers: { "content-type": contentType, "GS1-EPCIS-Version": "2.0.0", "GS1-CBV-Version": "2.0.0" },
      });
      assert.equal(response.statusCode, 202, `${contentType}: ${response.body}`);
      assert.match(String(response.headers.location), /^\/capture\/[0-9a-f-]{36}$/);
      assertBindingHeaders("/capture", "post", 202, response.headers);
    }
    assert.equal(await processPendingCaptures(t.context), 2);
  });

  test("GET /capture/{captureID} is the binding's CaptureJob, while running and when finished", async () => {
    const accepted = await send(t, a.orgA.apiKeys.operator, "POST", "/capture", {
      body: epcisDocumentOf([event()]),
    });
    const url = String(accepted.headers.location);
    const running = await send(t, a.orgA.apiKeys.viewer, "GET", url);
    assert.equal(running.statusCode, 200, running.body);
    assert.deepEqual(
      bindingBodyErrors("/capture/{captureID}", "get", 200, "application/json", running.json()),
      [],
    );
    assert.equal(running.json().running, true);
    assert.equal(running.json().success, true);
    assert.equal(running.json().captureErrorBehaviour, "rollback");
    assert.equal(running.json().finishedAt, undefined);
    assertBindingHeaders("/capture/{captureID}", "get", 200, running.headers);

    await processPendingCaptures(t.context);
    const done = (await send(t, a.orgA.apiKeys.viewer, "GET", url)).json();
    assert.deepEqual(bindingBodyErrors("/capture/{captureID}", "get", 200, "application/json", done), []);
    assert.equal(done.captureID, accepted.json().captureId);
    assert.equal(done.running, false);
    assert.equal(done.success, true);
    assert.deepEqual(done.errors, []);
    assert.ok(Date.parse(done.finishedAt) >= Date.parse(done.createdAt));
  });

  test("a failed capture job lists its errors as the binding's problem objects", async () => {
    const accepted = await send(t, a.orgA.apiKeys.operator, "POST", "/capture", {
      body: epcisDocumentOf([event({ bizStep: "juggling" })]),
    });
    await processPendingCaptures(t.context);
    const job = (await send(t, a.orgA.apiKeys.viewer, "GET", String(accepted.headers.location))).json();
    assert.deepEqual(bindingBodyErrors("/capture/{captureID}", "get", 200, "application/json", job), []);
    assert.equal(job.running, false);
    assert.equal(job.success, false);
    assert.equal(job.errors[0].type, "epcisException:ValidationException");
    assert.equal(job.errors[0].field, "epcisBody.eventList[0].bizStep");
  });

  test("refusals are the binding's problem types: 400, 401, 403, 404, 406, 415", async () => {
    const problem = (path: string, method: string, status: number, response: { json: () => unknown }) =>
      assert.deepEqual(
        bindingBodyErrors(path, method, status, "application/problem+json", response.json()),
        [],
        `${status}: ${JSON.stringify(response.json())}`,
      );
    const invalid = await send(t, a.orgA.apiKeys.operator, "POST", "/capture", { body: epcisDocumentOf([]) });
    assert.equal(invalid.statusCode, 400, invalid.body);
    assert.equal(invalid.headers["content-type"], "application/problem+json; charset=utf-8");
    problem("/capture", "post", 400, invalid);

    const anonymous = await send(t, a.anonymous, "POST", "/capture", { body: epcisDocumentOf([event()]) });
    assert.equal(anonymous.statusCode, 401);
    problem("/capture", "post", 401, anonymous);

    const person = await send(t, a.orgA.users.owner, "POST", "/capture", {
      body: epcisDocumentOf([event()]),
    });
    assert.equal(person.statusCode, 403);
    problem("/capture", "post", 403, person);

    const missing = await send(t, a.orgA.apiKeys.viewer, "GET", `/capture/${crypto.randomUUID()}`);
    assert.equal(missing.statusCode, 404);
    problem("/capture/{captureID}", "get", 404, missing);

    const text = await send(t, a.orgA.apiKeys.operator, "POST", "/capture", {
      body: "EPCISDocument",
      headers: { "content-type": "text/plain" },
    });
    assert.equal(text.statusCode, 415);
    assert.equal(text.json().title, "Unsupported Media Type");
    problem("/capture", "post", 415, text);

    for (const [header, value] of [
      ["GS1-EPCIS-Version", "1.2.0"],
      ["GS1-CBV-Version", "1.2"],
      ["GS1-EPCIS-Min", "2.1.0"],
      ["GS1-EPCIS-Max", "1.2.0"],
    ]) {
      const conflict = await send(t, a.orgA.apiKeys.operator, "POST", "/capture", {
        body: epcisDocumentOf([event()]),
        headers: { [header as string]: value as string },
      });
      assert.equal(conflict.statusCode, 406, `${header}: ${conflict.body}`);
      assert.match(conflict.json().detail, new RegExp(header as string));
      problem("/capture", "post", 406, conflict);
    }
    const malformed = await send(t, a.orgA.apiKeys.operator, "POST", "/capture", {
      body: epcisDocumentOf([event()]),
      headers: { "GS1-EPCIS-Version": "two" },
    });
    assert.equal(malformed.statusCode, 400);
    problem("/capture", "post", 400, malformed);
    assert.equal(await t.db.prisma.capture.count({ where: { status: "accepted" } }), 0, "nothing accepted");
  });

  test("GS1-Capture-Error-Behaviour: rollback stores none, proceed stores every valid event; 'all' is refused", async () => {
    const body = () => epcisDocumentOf([event(), event({ bizStep: "juggling" }), event()]);
    const capture = async (behaviour?: string) => {
      const response = await send(t, a.orgA.apiKeys.operator, "POST", "/capture", {
        body: body(),
        headers: behaviour ? { "GS1-Capture-Error-Behaviour": behaviour } : {},
      });
      assert.equal(response.statusCode, 202, response.body);
      await processPendingCaptures(t.context);
      return (await send(t, a.orgA.apiKeys.viewer, "GET", String(response.headers.location))).json();
    };
    const stored = (captureId: string) => t.db.prisma.event.count({ where: { captureId } });

    const rollback = await capture();
    assert.equal(rollback.captureErrorBehaviour, "rollback");
    assert.equal(rollback.success, false);
    assert.equal(await stored(rollback.captureID), 0);

    const proceed = await capture("proceed");
    assert.deepEqual(bindingBodyErrors("/capture/{captureID}", "get", 200, "application/json", proceed), []);
    assert.equal(proceed.captureErrorBehaviour, "proceed");
    assert.equal(proceed.running, false);
    assert.equal(proceed.success, false, "one event was refused");
    assert.deepEqual(
      proceed.errors.map((e: { field: string }) => e.field),
      ["epcisBody.eventList[1].bizStep"],
    );
    assert.equal(await stored(proceed.captureID), 2);
    assert.equal(proceed.storedCount, 2);

    const all = await send(t, a.orgA.apiKeys.operator, "POST", "/capture", {
      body: body(),
      headers: { "GS1-Capture-Error-Behaviour": "all" },
    });
    assert.equal(all.statusCode, 400, all.body);
    assert.equal(all.json().type, "epcisException:ValidationException");
    assert.match(all.json().detail, /gs1-capture-error-behaviour/);
  });

  test("POST /events captures one event at once: 201, Location /events/{eventID}, the binding's headers; again: 409", async () => {
    const single = {
      "@context": epcisDocumentOf([])["@context"],
      ...event(),
      eventID: `urn:uuid:${crypto.randomUUID()}`,
    };
    const response = await send(t, a.orgA.apiKeys.operator, "POST", "/events", {
      body: single,
      headers: { "content-type": "application/ld+json" },
    });
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(response.headers.location, `/events/${encodeURIComponent(single.eventID)}`);
    assert.deepEqual(bindingBodyErrors("/events", "post", 201, "application/json", response.json()), []);
    assert.equal(response.json().eventID, single.eventID);
    assertBindingHeaders("/events", "post", 201, response.headers);
    const row = await t.db.prisma.event.findFirstOrThrow({
      where: { eventTime: new Date(single.eventTime) },
    });
    assert.equal(row.organizationId, a.orgA.id);

    const again = await send(t, a.orgA.apiKeys.operator, "POST", "/events", { body: single });
    assert.equal(again.statusCode, 409, again.body);
    assert.deepEqual(bindingBodyErrors("/events", "post", 409, "application/problem+json", again.json()), []);

    const before = await t.db.prisma.event.count();
    const invalid = await send(t, a.orgA.apiKeys.operator, "POST", "/events", {
      body: event({ bizStep: "juggling", eventTimeZoneOffset: "CET" }),
    });
    assert.equal(invalid.statusCode, 400, invalid.body);
    assert.deepEqual(
      bindingBodyErrors("/events", "post", 400, "application/problem+json", invalid.json()),
      [],
    );
    assert.deepEqual(
      invalid
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
      ["body.bizStep", "body.eventTimeZoneOffset"],
    );
    const text = await send(t, a.orgA.apiKeys.operator, "POST", "/events", {
      body: "ObjectEvent",
      headers: { "content-type": "text/plain" },
    });
    assert.equal(text.statusCode, 415);
    assert.deepEqual(bindingBodyErrors("/events", "post", 415, "application/problem+json", text.json()), []);
    assert.equal(await t.db.prisma.event.count(), before, "nothing written by a refused event");
  });

  test("GET /capture lists the key's organisation's capture jobs, newest first, perPage at a time with Link rel=next", async () => {
    const first = await send(t, a.orgA.apiKeys.viewer, "GET", "/capture?perPage=2");
    assert.equal(first.statusCode, 200, first.body);
    assert.deepEqual(bindingBodyErrors("/capture", "get", 200, "application/json", first.json()), []);
    assertBindingHeaders("/capture", "get", 200, first.headers);
    assert.equal(first.json().length, 2);
    const link = String(first.headers.link);
    const next = /^<([^>]+)>; rel="next"$/.exec(link)?.[1];
    assert.ok(next, link);
    const all = await t.db.prisma.capture.findMany({
      where: { organizationId: a.orgA.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    const second = await send(t, a.orgA.apiKeys.viewer, "GET", next);
    assert.deepEqual(
      [...first.json(), ...second.json()].map((job: { captureID: string }) => job.captureID),
      all.slice(0, 4).map((c) => c.id),
    );
    const ofB = await send(t, a.orgB.apiKeys.admin, "GET", "/capture");
    assert.deepEqual(ofB.json(), [], "another organisation's key sees none of them");
  });

  test("an EPCISQueryDocument is captured like an EPCISDocument", async () => {
    const { "@context": context, schemaVersion, creationDate } = epcisDocumentOf([]);
    const first = event();
    const response = await send(t, a.orgA.apiKeys.operator, "POST", "/capture", {
      body: {
        "@context": context,
        type: "EPCISQueryDocument",
        schemaVersion,
        creationDate,
        epcisBody: {
          queryResults: { queryName: "SimpleEventQuery", resultsBody: { eventList: [first, event()] } },
        },
      },
      headers: { "content-type": "application/ld+json" },
    });
    assert.equal(response.statusCode, 202, response.body);
    assert.equal(response.json().eventCount, 2);
    await processPendingCaptures(t.context);
    const job = (await send(t, a.orgA.apiKeys.viewer, "GET", String(response.headers.location))).json();
    assert.deepEqual(job.errors, []);
    assert.equal(job.storedCount, 2);
  });
});

describe("EPCIS capture of documents written by other implementations", () => {
  const { t, a } = testAppWithActors();
  let lotUri: string;
  let lotOfB: string;
  before(async () => {
    const own = await createLot(t, a.orgA.id);
    lotUri = `https://id.gs1.org/01/${own.gtin}/10/${own.lotCode}`;
    const other = await createLot(t, a.orgB.id);
    lotOfB = `https://id.gs1.org/01/${other.gtin}/10/${other.lotCode}`;
  });

  const event = (fields: Record<string, unknown> = {}) =>
    observation({ quantityList: [{ epcClass: lotUri, quantity: 1, uom: "KGM" }], ...fields });
  /** Captures `document` through the binding and returns the finished capture job. */
  const capture = async (document: unknown) => {
    const response = await send(t, a.orgA.apiKeys.operator, "POST", "/capture", {
      body: document,
      headers: { "content-type": "application/ld+json" },
    });
    assert.equal(response.statusCode, 202, response.body);
    await processPendingCaptures(t.context);
    return (await send(t, a.orgA.apiKeys.viewer, "GET", String(response.headers.location))).json();
  };

  test("a refused capture lists every problem of every event at once, in event order", async () => {
    const job = await capture(
      epcisDocumentOf(
        [
          event({ "tm:documents": ["0".repeat(64)] }),
          event({ bizStep: "juggling", readPoint: { id: "not a uri" } }),
          event({ quantityList: [{ epcClass: lotOfB, quantity: 1, uom: "KGM" }] }),
          event(),
        ],
        { tm: "https://tracemark.dev/ns/epcis/" },
      ),
    );
    assert.equal(job.success, false);
    assert.deepEqual(
      job.errors.map((e: { field: string }) => e.field),
      [
        "epcisBody.eventList[0].tm:documents",
        "epcisBody.eventList[1].bizStep",
        "epcisBody.eventList[1].readPoint.id",
        "epcisBody.eventList[2].quantityList",
      ],
    );
    assert.equal(await t.db.prisma.event.count({ where: { captureId: job.captureID } }), 0, "rollback");
  });

  test("bizRules in a sensorReport and ILMD with cbvmda: (a prefix of the standard context) are captured", async () => {
    const job = await capture(
      epcisDocumentOf([
        event({
          sensorElementList: [
            {
              sensorReport: [
                {
                  type: "gs1:Temperature",
                  value: 4,
                  uom: "CEL",
                  bizRules: "https://example.com/rules/cold-chain",
                },
              ],
            },
          ],
        }),
        observation({
          action: "ADD",
          bizStep: "commissioning",
          quantityList: [{ epcClass: lotUri, quantity: 1, uom: "KGM" }],
          ilmd: { "cbvmda:lotNumber": "L-1", "cbvmda:countryOfOrigin": "FR" },
        }),
      ]),
    );
    assert.deepEqual(job.errors, []);
    assert.equal(job.storedCount, 2);
  });

  test("a client's own eventID (urn:uuid:, its own ni: hash) stays the event's eventID; our hash is stored beside it", async () => {
    const uuid = `urn:uuid:${crypto.randomUUID()}`;
    const theirHash =
      "ni:///sha-256;0f343b0931126a20f133d67c2b018a3b1d3b4bd5b96ea1d3b2bc5a47b5c4e1f8?ver=CBV2.0";
    const job = await capture(epcisDocumentOf([event({ eventID: uuid }), event({ eventID: theirHash })]));
    assert.deepEqual(job.errors, []);
    const stored = await t.db.prisma.event.findMany({ where: { captureId: job.captureID } });
    const query = await send(t, a.orgA.apiKeys.viewer, "GET", `/orgs/${a.orgA.id}/events?limit=500`);
    assert.equal(query.statusCode, 200, query.body);
    const items = query.json().items as { eventHash: string; event: { eventID: string } }[];
    for (const eventID of [uuid, theirHash]) {
      const row = stored.find((e) => (e.document as { eventID: string }).eventID === eventID);
      assert.ok(row, `${eventID} is stored as the event's eventID`);
      assert.match(row.eventHash, /^ni:\/\/\/sha-256;[0-9a-f]{64}\?ver=CBV2\.0$/);
      assert.notEqual(row.eventHash, eventID);
      const item = items.find((i) => i.eventHash === row.eventHash);
      assert.equal(item?.event.eventID, eventID, "query results keep the client's eventID");
    }
  });

  test("master data in epcisHeader is imported into the caller's organisation, or ignored with the reason", async () => {
    const [gln, otherGln] = [uniqueGln(), uniqueGln()];
    const gtin = uniqueGtin();
    const ofB = await createLot(t, a.orgB.id);
    const attributes = (pairs: Record<string, string>) =>
      Object.entries(pairs).map(([id, attribute]) => ({ id: `urn:epcglobal:cbv:mda#${id}`, attribute }));
    const document = {
      ...epcisDocumentOf([
        observation({
          bizStep: "commissioning",
          action: "ADD",
          quantityList: [{ epcClass: `https://id.gs1.org/01/${gtin}/10/MD-1`, quantity: 5, uom: "KGM" }],
          bizLocation: { id: `https://id.gs1.org/414/${gln}` },
        }),
      ]),
      epcisHeader: {
        epcisMasterData: {
          vocabularyList: [
            {
              type: "urn:epcglobal:epcis:vtype:BusinessLocation",
              vocabularyElementList: [
                {
                  id: `urn:epc:id:sgln:${gln.slice(0, 6)}.${gln.slice(6, 12)}.0`,
                  attributes: attributes({ name: "Packing house", city: "Lyon", countryCode: "FR" }),
                },
                {
                  id: `https://id.gs1.org/414/${otherGln}/254/7`,
                  attributes: attributes({ name: "Dock 7" }),
                },
              ],
            },
            {
              type: "urn:epcglobal:epcis:vtype:EPCClass",
              vocabularyElementList: [
                {
                  id: `https://id.gs1.org/01/${gtin}/10/MD-1`,
                  attributes: attributes({ itemExpirationDate: "2027-01-31" }),
                },
                {
                  id: `https://id.gs1.org/01/${gtin}`,
                  attributes: attributes({ descriptionShort: "Pears" }),
                },
                {
                  id: `https://id.gs1.org/01/${ofB.gtin}`,
                  attributes: attributes({ descriptionShort: "Not mine" }),
                },
              ],
            },
            {
              type: "urn:epcglobal:epcis:vtype:BusinessTransaction",
              vocabularyElementList: [{ id: "urn:epcglobal:cbv:bt:4012345000009:PO-1" }],
            },
          ],
        },
      },
    };
    const job = await capture(document);
    assert.deepEqual(job.errors, []);
    assert.deepEqual(
      job.masterData.map((m: { outcome: string; detail: string }) => [m.outcome, m.detail]),
      [
        ["imported", "location"],
        ["ignored", "not a GLN without extension (SGLN or Digital Link /414/)"],
        ["imported", "product"],
        ["ignored", "this GTIN is another organisation's product"],
        ["ignored", "vocabulary type urn:epcglobal:epcis:vtype:BusinessTransaction is not imported"],
        ["imported", "lot"],
      ],
    );
    const location = await t.db.prisma.location.findFirstOrThrow({ where: { gln } });
    assert.deepEqual(
      [location.organizationId, location.name, location.city, location.country],
      [a.orgA.id, "Packing house", "Lyon", "FR"],
    );
    const lot = await t.db.prisma.lot.findFirstOrThrow({ where: { lotCode: "MD-1", product: { gtin } } });
    assert.equal(lot.organizationId, a.orgA.id);
    assert.equal(lot.expiryDate?.toISOString().slice(0, 10), "2027-01-31");
    const [stored] = await t.db.prisma.event.findMany({ where: { captureId: job.captureID } });
    assert.equal(stored?.lotId, lot.id, "the document's event joins the lot its master data brought");
    const product = await t.db.prisma.product.findUniqueOrThrow({ where: { gtin: ofB.gtin } });
    assert.equal(product.name, ofB.product.name, "another organisation's product is untouched");

    const refused = await capture({
      ...document,
      epcisBody: { eventList: [observation({ bizStep: "juggling" })] },
    });
    assert.equal(refused.success, false);
    assert.deepEqual(
      refused.masterData.map((m: { outcome: string; detail: string }) => [m.outcome, m.detail]),
      Array(6).fill(["ignored", "not imported: the capture was refused and stored nothing"]),
    );

    const again = await capture({ ...document, epcisBody: { eventList: [observation({ epcList: [] })] } });
    assert.deepEqual(
      again.masterData.map((m: { outcome: string }) => m.outcome),
      ["already known", "ignored", "already known", "ignored", "ignored", "already known"],
    );
  });
});
