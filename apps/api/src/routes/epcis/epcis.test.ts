import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { call } from "../../testing/actors.ts";
import { CLIENT_EVENT_ID, insertEpcisQueryEvents } from "../../testing/epcisQueryFixtures.ts";
import { testAppWithActors } from "../../testing/suite.ts";

type QueryDocument = {
  type: string;
  epcisBody: { queryResults: { queryName: string; resultsBody: { eventList: { eventID: string }[] } } };
};

describe("EPCIS 2.0 REST binding: GET /events and its parameters", () => {
  const { t, a } = testAppWithActors();
  let ids: Awaited<ReturnType<typeof insertEpcisQueryEvents>>;
  const idOf = (name: keyof typeof ids) => (name === "receive" ? CLIENT_EVENT_ID : ids[name].eventHash);

  before(async () => {
    ids = await insertEpcisQueryEvents(t, a);
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    call(
      t.app,
      { ...a.orgA.apiKeys.viewer, headers: { ...a.orgA.apiKeys.viewer.headers, ...headers } },
      "GET",
      url,
    );
  /** The eventIDs `/events?qs` answers, in order. */
  const found = async (qs: string) => {
    const response = await get(`/events?${qs}`);
    assert.equal(response.statusCode, 200, `${qs}: ${response.body}`);
    return (response.json() as QueryDocument).epcisBody.queryResults.resultsBody.eventList.map(
      (e) => e.eventID,
    );
  };
  const named = (...names: (keyof typeof ids)[]) => names.map(idOf);
  const q = encodeURIComponent;
  /** `param=value` (encoded) finds exactly the events `expected` names, in order. */
  const finds = async (param: string, value: string, ...expected: (keyof typeof ids)[]) =>
    assert.deepEqual(await found(`${param}=${q(value)}`), named(...expected), `${param}=${value}`);

  test("an EPCISQueryDocument with the version headers, as application/json or application/ld+json", async () => {
    const response = await get("/events");
    assert.equal(response.statusCode, 200, response.body);
    assert.match(response.headers["content-type"] ?? "", /^application\/json/);
    assert.equal(response.headers["gs1-epcis-version"], "2.0.0");
    assert.equal(response.headers["gs1-cbv-version"], "2.0.0");
    const document = response.json() as QueryDocument;
    assert.equal(document.type, "EPCISQueryDocument");
    assert.equal(document.epcisBody.queryResults.queryName, "SimpleEventQuery");
    assert.deepEqual(
      document.epcisBody.queryResults.resultsBody.eventList.map((e) => e.eventID),
      named("commission", "ship", "receive"),
    );
    const linked = await get("/events", { accept: "application/ld+json" });
    assert.match(linked.headers["content-type"] ?? "", /^application\/ld\+json/);
    const xml = await get("/events", { accept: "application/xml" });
    assert.equal(xml.statusCode, 406);
    assert.equal((xml.json() as { type: string }).type, "epcisException:NotAcceptableException");
  });

  test("EQ_readPoint / EQ_bizLocation find a location in URN or Digital Link form, whichever was captured", async () => {
    await finds("EQ_readPoint", "urn:epc:id:sgln:0614141.07346.1234", "commission");
    await finds("EQ_readPoint", "https://id.gs1.org/414/0614141073467/254/1234", "commission");
    await finds("EQ_bizLocation", "urn:epc:id:sgln:0614141.07346.7", "ship");
    await finds("EQ_bizLocation", "https://id.gs1.org/414/0614141073467/254/7", "ship");
    await finds("EQ_bizLocation", "https://id.gs1.org/414/0614141073467", "commission");
    // A Digital Link on another domain names the same GLN.
    await finds("EQ_readPoint", "urn:epc:id:sgln:952012.345678.0", "receive");
  });

  test("WD_bizLocation / WD_readPoint: a GLN's site and every sub-location (extension) of it", async () => {
    await finds("WD_bizLocation", "urn:epc:id:sgln:0614141.07346.0", "commission", "ship");
    await finds("WD_bizLocation", "https://id.gs1.org/414/0614141073467", "commission", "ship");
    await finds("WD_bizLocation", "urn:epc:id:sgln:0614141.07346.7", "ship");
    await finds("WD_readPoint", "https://id.gs1.org/414/0614141073467", "commission");
    await finds("WD_readPoint", "https://id.gs1.org/414/9520123456788", "receive");
    await finds("WD_readPoint", "urn:epc:id:sgln:0614142.07346.0");
  });

  test("MATCH_epc takes the EPC URI or its Digital Link", async () => {
    await finds("MATCH_epc", "urn:epc:id:sgtin:0614141.107346.2017", "commission", "ship");
    await finds("MATCH_epc", "https://id.gs1.org/01/10614141073464/21/2018", "receive");
  });

  test("EQ_bizTransaction_{type}: any spelling of the CBV type, the value in either form", async () => {
    const po = q("urn:epcglobal:cbv:bt:0614141073467:PO-1");
    assert.deepEqual(await found(`EQ_bizTransaction_po=${po}`), named("ship"));
    assert.deepEqual(await found(`EQ_bizTransaction_${q("urn:epcglobal:cbv:btt:po")}=${po}`), named("ship"));
    assert.deepEqual(await found(`EQ_bizTransaction_inv=${po}`), []);
    await finds("EQ_bizTransaction_po", "urn:epcglobal:cbv:bt:0614141073467:PO-2");
  });

  test("EQ_source_{type} / EQ_destination_{type}: parties as PGLN URN or Digital Link", async () => {
    await finds("EQ_source_owning_party", "https://id.gs1.org/417/0614141000005", "ship");
    await finds("EQ_destination_owning_party", "urn:epc:id:pgln:952012.345678", "ship");
    await finds("EQ_destination_possessing_party", "urn:epc:id:pgln:952012.345678");
  });

  test("EQ_ILMD_{field}: the field as written or by its full IRI", async () => {
    assert.deepEqual(await found(`${q("EQ_ILMD_cbvmda:lotNumber")}=L1`), named("commission"));
    assert.deepEqual(await found(`${q("EQ_ILMD_urn:epcglobal:cbv:mda:lotNumber")}=L1`), named("commission"));
    assert.deepEqual(await found(`${q("EQ_ILMD_https://example.org/ns/grade")}=A`), named("commission"));
    assert.deepEqual(await found(`${q("EQ_ILMD_ex:grade")}=B`), []);
  });

  test("EQ_eventID: our event hash, or the eventID the client captured", async () => {
    assert.deepEqual(await found(`EQ_eventID=${q(ids.ship.eventHash)}`), named("ship"));
    assert.deepEqual(await found(`EQ_eventID=${q(CLIENT_EVENT_ID)}`), named("receive"));
  });

  test("orderBy recordTime / eventTime and orderDirection", async () => {
    assert.deepEqual(await found("orderBy=recordTime"), named("receive", "ship", "commission"));
    assert.deepEqual(
      await found("orderBy=eventTime&orderDirection=DESC"),
      named("receive", "ship", "commission"),
    );
  });

  test('perPage pages with Link: <…>; rel="next" and nextPageToken; eventCountLimit caps the total', async () => {
    const follow = async (url: string) => {
      const seen: string[] = [];
      let next: string | undefined = url;
      let pages = 0;
      while (next) {
        const response = await get(next);
        assert.equal(response.statusCode, 200, response.body);
        seen.push(
          ...(response.json() as QueryDocument).epcisBody.queryResults.resultsBody.eventList.map(
            (e) => e.eventID,
          ),
        );
        const link = response.headers.link as string | undefined;
        next = link ? /^<([^>]+)>; rel="next"$/.exec(link)?.[1] : undefined;
        if (link) assert.ok(next, `a Link header of the binding's form: ${link}`);
        pages += 1;
      }
      return { seen, pages };
    };
    assert.deepEqual(await follow("/events?perPage=1"), {
      seen: named("commission", "ship", "receive"),
      pages: 3,
    });
    assert.deepEqual(await follow("/events?perPage=2&orderBy=recordTime&orderDirection=DESC"), {
      seen: named("commission", "ship", "receive"),
      pages: 2,
    });
    assert.deepEqual(await follow("/events?perPage=1&orderBy=eventTime&eventCountLimit=2"), {
      seen: named("commission", "ship"),
      pages: 2,
    });
  });

  test("maxEventCount: QueryTooLargeException when more events match", async () => {
    const response = await get("/events?maxEventCount=2");
    assert.equal(response.statusCode, 413);
    assert.equal((response.json() as { type: string }).type, "epcisException:QueryTooLargeException");
    assert.deepEqual(await found("maxEventCount=3"), named("commission", "ship", "receive"));
  });

  test("bad and unknown parameters: QueryParameterException naming every one; unanswered standard ones 501", async () => {
    for (const [qs, fields] of [
      ["EQ_colour=red", ["EQ_colour"]],
      ["eventType=QuantityEvent&GE_eventTime=yesterday", ["eventType", "GE_eventTime"]],
      ["eventCountLimit=1", ["eventCountLimit"]],
      ["orderBy=eventTime&eventCountLimit=1&maxEventCount=1", ["eventCountLimit"]],
      ["orderBy=quantity", ["orderBy"]],
      ["MATCH_epc=not-a-uri", ["MATCH_epc"]],
      ["perPage=0", ["perPage"]],
      ["nextPageToken=bm9wZQ", ["nextPageToken"]],
    ] as const) {
      const response = await get(`/events?${qs}`);
      assert.equal(response.statusCode, 400, `${qs}: ${response.body}`);
      assert.match(response.headers["content-type"] ?? "", /application\/problem\+json/);
      const problem = response.json() as { type: string; errors: { field: string }[] };
      assert.equal(problem.type, "epcisException:QueryParameterException", qs);
      for (const field of fields) {
        assert.ok(
          problem.errors.some((e) => e.field === `querystring.${field}`),
          `${qs} names ${field}: ${response.body}`,
        );
      }
    }
    const unanswered = await get("/events?EQ_quantity=3");
    assert.equal(unanswered.statusCode, 501);
    assert.equal((unanswered.json() as { type: string }).type, "epcisException:ImplementationException");
    assert.match(unanswered.body, /EQ_quantity/);
  });

  test("an organisation's key sees only its own events; people and anonymous callers are refused", async () => {
    const other = await call(t.app, a.orgB.apiKeys.admin, "GET", "/events");
    assert.deepEqual(
      (other.json() as QueryDocument).epcisBody.queryResults.resultsBody.eventList.map((e) => e.eventID),
      [ids.otherOrg.eventHash],
    );
    const person = await call(t.app, a.orgA.users.owner, "GET", "/events");
    assert.equal(person.statusCode, 403);
    assert.equal((person.json() as { type: string }).type, "epcisException:SecurityException");
    assert.equal((await call(t.app, a.anonymous, "GET", "/events")).statusCode, 401);
    const foreign = await call(t.app, a.orgB.apiKeys.admin, "GET", `/events/${q(ids.ship.eventHash)}`);
    assert.equal(foreign.statusCode, 404);
  });
});

describe("EPCIS 2.0 REST binding: named queries", () => {
  const { t, a } = testAppWithActors();
  let ids: Awaited<ReturnType<typeof insertEpcisQueryEvents>>;
  before(async () => {
    ids = await insertEpcisQueryEvents(t, a);
  });

  test("create, list, show, query (paged) and delete a named query", async () => {
    const operator = a.orgA.apiKeys.operator;
    const created = await call(t.app, operator, "POST", "/queries", {
      name: "at-site",
      query: { WD_bizLocation: ["https://id.gs1.org/414/0614141073467"], orderBy: "eventTime" },
    });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.headers.location, "/queries/at-site");
    const listed = await call(t.app, a.orgA.apiKeys.viewer, "GET", "/queries");
    assert.deepEqual(listed.json(), [
      {
        name: "at-site",
        query: { WD_bizLocation: ["https://id.gs1.org/414/0614141073467"], orderBy: "eventTime" },
      },
    ]);
    const shown = await call(t.app, a.orgA.apiKeys.viewer, "GET", "/queries/at-site");
    assert.equal((shown.json() as { name: string }).name, "at-site");
    const first = await call(t.app, a.orgA.apiKeys.viewer, "GET", "/queries/at-site/events?perPage=1");
    assert.equal(first.statusCode, 200, first.body);
    const page = (response: typeof first) =>
      (response.json() as QueryDocument).epcisBody.queryResults.resultsBody.eventList.map((e) => e.eventID);
    assert.deepEqual(page(first), [ids.commission.eventHash]);
    assert.equal((first.json() as QueryDocument).epcisBody.queryResults.queryName, "at-site");
    const next = /^<([^>]+)>; rel="next"$/.exec(String(first.headers.link))?.[1] ?? "";
    assert.match(next, /^\/queries\/at-site\/events\?/);
    assert.deepEqual(page(await call(t.app, a.orgA.apiKeys.viewer, "GET", next)), [ids.ship.eventHash]);
    const filtered = await call(
      t.app,
      a.orgA.apiKeys.viewer,
      "GET",
      "/queries/at-site/events?EQ_bizStep=shipping",
    );
    assert.equal(filtered.statusCode, 400, "a named query's events take paging only");
    assert.equal((await call(t.app, operator, "DELETE", "/queries/at-site")).statusCode, 204);
    const gone = await call(t.app, a.orgA.apiKeys.viewer, "GET", "/queries/at-site/events");
    assert.equal(gone.statusCode, 404);
    assert.equal((gone.json() as { type: string }).type, "epcisException:NoSuchNameException");
  });

  test("a bad query or name is refused when stored, naming every problem; a taken name is 409", async () => {
    const operator = a.orgA.apiKeys.operator;
    const bad = await call(t.app, operator, "POST", "/queries", {
      name: "bad",
      query: { EQ_colour: ["red"], GE_eventTime: "yesterday" },
    });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.equal((bad.json() as { type: string }).type, "epcisException:QueryParameterException");
    assert.match(bad.body, /EQ_colour/);
    assert.match(bad.body, /GE_eventTime/);
    const badName = await call(t.app, operator, "POST", "/queries", { name: "a/b", query: {} });
    assert.equal(badName.statusCode, 400, badName.body);
    assert.match(badName.body, /body\.name/);
    assert.equal(await t.db.prisma.epcisQuery.count(), 0, "nothing stored");
    assert.equal((await call(t.app, operator, "POST", "/queries", { name: "q", query: {} })).statusCode, 201);
    const again = await call(t.app, operator, "POST", "/queries", { name: "q", query: {} });
    assert.equal(again.statusCode, 409);
    assert.equal((again.json() as { type: string }).type, "epcisException:ResourceAlreadyExistsException");
  });

  test("another organisation neither sees nor runs nor deletes them; it may use the same name", async () => {
    await call(t.app, a.orgA.apiKeys.operator, "POST", "/queries", { name: "mine", query: {} });
    const other = a.orgB.apiKeys.admin;
    assert.deepEqual((await call(t.app, other, "GET", "/queries")).json(), []);
    assert.equal((await call(t.app, other, "GET", "/queries/mine")).statusCode, 404);
    assert.equal((await call(t.app, other, "GET", "/queries/mine/events")).statusCode, 404);
    assert.equal((await call(t.app, other, "DELETE", "/queries/mine")).statusCode, 404);
    assert.equal((await call(t.app, other, "POST", "/queries", { name: "mine", query: {} })).statusCode, 201);
    const theirs = await call(t.app, other, "GET", "/queries/mine/events");
    assert.deepEqual(
      (theirs.json() as QueryDocument).epcisBody.queryResults.resultsBody.eventList.map((e) => e.eventID),
      [ids.otherOrg.eventHash],
    );
    assert.equal(
      (await call(t.app, a.orgA.apiKeys.viewer, "POST", "/queries", { name: "v", query: {} })).statusCode,
      403,
    );
  });
});
