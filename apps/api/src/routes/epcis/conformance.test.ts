import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, test } from "node:test";
import { Ajv, type ValidateFunction } from "ajv";
import ajvFormats from "ajv-formats";
import { type Credentials, call } from "../../testing/actors.ts";
import { insertEpcisQueryEvents } from "../../testing/epcisQueryFixtures.ts";
import { testAppWithActors } from "../../testing/suite.ts";

/**
 * Conformance of the query side with GS1's own EPCIS 2.0 REST binding (testing/gs1-epcis, see its
 * NOTICE): every query-side operation the document lists is called, its status must be one the
 * document lists for it, and its body must validate against the document's schema for that
 * response (with the EPCIS 2.0 JSON Schemas GS1 inlined), its documented GS1 headers present.
 */

type Operation = { responses: Record<string, { $ref?: string } & ResponseObject> };
type ResponseObject = {
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: unknown }>;
};
type OpenApi = {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, ResponseObject> };
};

const spec = JSON.parse(
  readFileSync(new URL("../../testing/gs1-epcis/openapi.json", import.meta.url), "utf8"),
) as OpenApi;

/**
 * Errors in GS1's document itself, corrected here before validating, each with what is wrong:
 * its 409 response enumerates `status: 406` (copied from the 406 response above it); and
 * `GET /queries/{queryName}` "returns the query definition", as its example shows (one object),
 * but its schema is the array of `GET /queries`. Tracemark answers the one object. The schedule
 * fields' patterns (`GS1-Query-Second`, …) use PCRE subroutines (`\g<number>`), which are not
 * ECMA-262 regular expressions as JSON Schema requires: dropped (Tracemark's answers carry no
 * schedule).
 */
const errata = (document: OpenApi) => {
  const schemas = (document.components as unknown as { schemas: Record<string, { pattern?: string }> })
    .schemas;
  const pcre = Object.values(schemas).filter((schema) => schema.pattern?.includes("\\g<"));
  assert.ok(pcre.length > 0, "the schedule pattern erratum is still in GS1's document");
  for (const schema of pcre) delete schema.pattern;
  const definition = document.paths["/queries/{queryName}"]?.get?.responses["200"]?.content?.[
    "application/json"
  ] as {
    schema: { type: string; items: unknown };
  };
  assert.equal(
    definition.schema.type,
    "array",
    "the GET /queries/{queryName} erratum is still in GS1's document",
  );
  definition.schema = definition.schema.items as typeof definition.schema;
  const conflict = document.components.responses["409ResourceAlreadyExistsException"];
  const schema = conflict?.content?.["application/problem+json"]?.schema as {
    allOf: { properties?: { status?: { enum: number[]; default: number } } }[];
  };
  const status = schema.allOf[0]?.properties?.status;
  assert.deepEqual(status?.enum, [406], "the 409 erratum is still in GS1's document");
  if (status) Object.assign(status, { enum: [409], default: 409 });
};
errata(spec);

/** Operations of the binding that are not the query side, or not Tracemark's yet, each with why. */
const ELSEWHERE: Record<string, string> = {
  "OPTIONS /capture": "capture side",
  "OPTIONS /capture/{captureID}": "capture side",
  "GET /capture": "capture side",
  "POST /capture": "capture side",
  "GET /capture/{captureID}": "capture side",
  "POST /events": "capture of one event: capture side",
  "DELETE /nextPageToken/{token}": "our page tokens hold no server state, so there is nothing to invalidate",
};

const e = encodeURIComponent;
/** A subscriber's webhook; the test app resolves its name to a public address. */
const DEST = "https://client.example.com/queryCallback";
type Request = { url: string; who?: Credentials; body?: unknown; headers?: Record<string, string> };

describe("EPCIS 2.0 REST binding conformance (GS1 openapi.json): query side", () => {
  const { t, a } = testAppWithActors(
    {},
    { lookupHost: async () => [{ address: "93.184.216.34", family: 4 }] },
  );
  let ids: Awaited<ReturnType<typeof insertEpcisQueryEvents>>;
  let subscriptionID = "";
  let doomedID = "";
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  // ajv-formats is CommonJS: its function is the default export's `default`.
  (ajvFormats as unknown as { default: (ajv: Ajv) => void }).default(ajv);
  ajv.addSchema(spec, "gs1");
  const compiled = new Map<string, ValidateFunction>();

  before(async () => {
    ids = await insertEpcisQueryEvents(t, a);
    await call(t.app, a.orgA.apiKeys.operator, "POST", "/queries", {
      name: "shipped",
      query: { EQ_bizStep: ["shipping"], eventType: ["ObjectEvent"] },
    });
    const subscribe = () =>
      call(t.app, a.orgA.apiKeys.operator, "POST", "/queries/shipped/subscriptions", {
        dest: DEST,
        stream: true,
      });
    subscriptionID = ((await subscribe()).json() as { subscriptionID: string }).subscriptionID;
    doomedID = ((await subscribe()).json() as { subscriptionID: string }).subscriptionID;
  });

  /** The response object of an operation for a status, with `$ref`s to components followed. */
  const documented = (path: string, method: string, status: number) => {
    const response = spec.paths[path]?.[method]?.responses[String(status)];
    if (!response) return undefined;
    return response.$ref ? spec.components.responses[response.$ref.split("/").pop() ?? ""] : response;
  };

  /** Validates a response against the document, naming the operation in every failure. */
  const conforms = async (path: string, method: string, request: Request) => {
    const who = request.who ?? a.orgA.apiKeys.operator;
    const response = await call(
      t.app,
      { ...who, headers: { ...who.headers, ...request.headers } },
      method.toUpperCase() as "GET" | "POST" | "DELETE" | "OPTIONS",
      request.url,
      request.body,
    );
    const label = `${method.toUpperCase()} ${path} (${request.url}) → ${response.statusCode}`;
    const spec200 = documented(path, method, response.statusCode);
    assert.ok(spec200, `${label}: a status the document lists for the operation; ${response.body}`);
    for (const [name, header] of Object.entries(spec200.headers ?? {})) {
      if (/^GS1-(EPCIS|CBV)-Version$/.test(name) && (header as { required?: boolean }).required !== false) {
        assert.ok(response.headers[name.toLowerCase()], `${label}: header ${name}`);
      }
    }
    if (method === "options" && response.statusCode === 204) {
      const allow = (spec200.headers?.Allow as { schema?: { default?: string } } | undefined)?.schema
        ?.default;
      assert.ok(allow, `${label}: the document's Allow`);
      const methods = (value: string) =>
        value
          .split(",")
          .map((m) => m.trim())
          .sort();
      assert.deepEqual(methods(String(response.headers.allow)), methods(allow), `${label}: Allow`);
      for (const name of Object.keys(spec200.headers ?? {}).filter((n) =>
        /^GS1-(EPCIS|CBV)-(Min|Max)$/.test(n),
      )) {
        assert.equal(response.headers[name.toLowerCase()], "2.0.0", `${label}: header ${name}`);
      }
    }
    if (!spec200.content || response.statusCode === 204) return response;
    const type = String(response.headers["content-type"] ?? "").split(";")[0] ?? "";
    // The document lists application/json for query documents; ld+json is the same JSON.
    const media =
      spec200.content[type] ??
      spec200.content[type.replace("ld+json", "json")] ??
      (type === "application/problem+json" ? spec200.content["application/json"] : undefined);
    assert.ok(
      media?.schema,
      `${label}: a media type the document lists (${type}): ${Object.keys(spec200.content)}`,
    );
    const pointer = `${method} ${path} ${response.statusCode} ${type}`;
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: schemaRef(path, method, response.statusCode, type) });
      compiled.set(pointer, validate);
    }
    assert.ok(
      validate(response.json()),
      `${label}: ${ajv.errorsText(validate.errors)}\n${response.body.slice(0, 2000)}`,
    );
    return response;
  };

  /** A JSON pointer into the document to the schema of a response, for ajv to resolve. */
  const schemaRef = (path: string, method: string, status: number, type: string) => {
    const escaped = path.replaceAll("~", "~0").replaceAll("/", "~1");
    const raw = spec.paths[path]?.[method]?.responses[String(status)];
    const base = raw?.$ref ? raw.$ref.slice(1) : `/paths/${escaped}/${method}/responses/${status}`;
    const response = documented(path, method, status);
    const listed = response?.content?.[type]
      ? type
      : response?.content?.[type.replace("ld+json", "json")]
        ? type.replace("ld+json", "json")
        : "application/json";
    return `gs1#${base}/content/${listed.replaceAll("/", "~1")}/schema`;
  };

  /** The requests that exercise each query-side operation: answers and documented errors. */
  const requests: Record<string, () => Request[]> = {
    "GET /": () => [{ url: "/" }, { url: "/", who: a.anonymous }],
    "GET /events": () => [
      { url: "/events" },
      { url: "/events?perPage=1" },
      { url: "/events?EQ_bizStep=shipping", headers: { accept: "application/ld+json" } },
      { url: "/events", who: a.anonymous },
      { url: "/events", who: a.orgA.users.owner },
      { url: "/events", headers: { accept: "application/xml" } },
    ],
    "GET /events/{eventID}": () => [
      { url: `/events/${e(ids.ship.eventHash)}` },
      { url: `/events/${e("urn:uuid:00000000-0000-4000-8000-000000000000")}` },
    ],
    "GET /eventTypes": () => [{ url: "/eventTypes" }],
    "GET /eventTypes/{eventType}": () => [
      { url: "/eventTypes/ObjectEvent" },
      { url: "/eventTypes/QuantityEvent" },
    ],
    "GET /eventTypes/{eventType}/events": () => [
      { url: "/eventTypes/ObjectEvent/events?perPage=2" },
      { url: "/eventTypes/ObjectEvent/events?EQ_colour=red" },
      { url: "/eventTypes/QuantityEvent/events" },
    ],
    "GET /epcs": () => [{ url: "/epcs" }],
    "GET /epcs/{epc}": () => [
      { url: `/epcs/${e("urn:epc:id:sgtin:0614141.107346.2017")}` },
      { url: `/epcs/${e("urn:epc:id:sgtin:0614141.107346.9999")}` },
    ],
    "GET /epcs/{epc}/events": () => [
      { url: `/epcs/${e("https://id.gs1.org/01/10614141073464/21/2017")}/events` },
      { url: `/epcs/${e("urn:epc:id:sgtin:0614141.107346.2017")}/events?EQ_colour=red` },
    ],
    "GET /bizSteps": () => [{ url: "/bizSteps" }],
    "GET /bizSteps/{bizStep}": () => [{ url: "/bizSteps/shipping" }, { url: "/bizSteps/sailing" }],
    "GET /bizSteps/{bizStep}/events": () => [{ url: "/bizSteps/shipping/events" }],
    "GET /bizLocations": () => [{ url: "/bizLocations" }],
    "GET /bizLocations/{bizLocation}": () => [
      { url: `/bizLocations/${e("urn:epc:id:sgln:0614141.07346.0")}` },
    ],
    "GET /bizLocations/{bizLocation}/events": () => [
      { url: `/bizLocations/${e("https://id.gs1.org/414/0614141073467")}/events` },
    ],
    "GET /readPoints": () => [{ url: "/readPoints" }],
    "GET /readPoints/{readPoint}": () => [{ url: `/readPoints/${e("urn:epc:id:sgln:0614141.07346.1234")}` }],
    "GET /readPoints/{readPoint}/events": () => [
      { url: `/readPoints/${e("urn:epc:id:sgln:0614141.07346.1234")}/events` },
    ],
    "GET /dispositions": () => [{ url: "/dispositions" }],
    "GET /dispositions/{disposition}": () => [{ url: "/dispositions/in_transit" }],
    "GET /dispositions/{disposition}/events": () => [{ url: "/dispositions/in_transit/events" }],
    "POST /queries": () => [
      { url: "/queries", body: { name: "commissioned", query: { EQ_bizStep: ["commissioning"] } } },
      { url: "/queries", body: { name: "commissioned", query: { EQ_bizStep: ["commissioning"] } } },
      { url: "/queries", who: a.orgA.apiKeys.viewer, body: { name: "viewer", query: {} } },
    ],
    "GET /queries": () => [{ url: "/queries" }],
    "GET /queries/{queryName}": () => [{ url: "/queries/shipped" }, { url: "/queries/unknown" }],
    "DELETE /queries/{queryName}": () => [{ url: "/queries/commissioned" }, { url: "/queries/commissioned" }],
    "POST /queries/{queryName}/subscriptions": () => [
      { url: "/queries/shipped/subscriptions", body: { dest: DEST, stream: true, signatureToken: "s" } },
      { url: "/queries/shipped/subscriptions", body: { dest: DEST, schedule: { hour: "1", minute: "5" } } },
      { url: "/queries/unknown/subscriptions", body: { dest: DEST, stream: true } },
    ],
    "GET /queries/{queryName}/subscriptions": () => [{ url: "/queries/shipped/subscriptions" }],
    "GET /queries/{queryName}/subscriptions/{subscriptionID}": () => [
      { url: `/queries/shipped/subscriptions/${subscriptionID}` },
      { url: "/queries/shipped/subscriptions/00000000-0000-4000-8000-000000000000" },
    ],
    "DELETE /queries/{queryName}/subscriptions/{subscriptionID}": () => [
      { url: `/queries/shipped/subscriptions/${doomedID}` },
      { url: `/queries/shipped/subscriptions/${doomedID}` },
    ],
    "GET /queries/{queryName}/events": () => [
      { url: "/queries/shipped/events" },
      { url: "/queries/unknown/events" },
    ],
  };

  // OPTIONS of every query-side resource: its GET's first (answered) URL, by an API key and by no one.
  const specials: Record<string, string[]> = {
    "/events/{eventID}": [`/events/${e("urn:uuid:00000000-0000-4000-8000-000000000000")}`],
    "/eventTypes/{eventType}": ["/eventTypes/QuantityEvent"],
    "/eventTypes/{eventType}/events": ["/eventTypes/QuantityEvent/events"],
    "/epcs/{epc}": [`/epcs/${e("urn:epc:id:sgtin:0614141.107346.9999")}`],
    "/queries/{queryName}": ["/queries/unknown"],
    "/queries/{queryName}/events": ["/queries/unknown/events"],
    "/queries/{queryName}/subscriptions": ["/queries/unknown/subscriptions"],
    "/queries/{queryName}/subscriptions/{subscriptionID}": [
      "/queries/shipped/subscriptions/00000000-0000-4000-8000-000000000000",
    ],
  };
  for (const [path, methods] of Object.entries(spec.paths)) {
    const get = `GET ${path}`;
    if (!methods.options || !(get in requests)) continue;
    requests[`OPTIONS ${path}`] = () => {
      const url = (requests[get]?.()[0]?.url ?? "").split("?")[0] ?? "";
      return [
        { url },
        { url, who: a.anonymous },
        { url, who: a.orgA.users.owner },
        ...(specials[path] ?? []).map((missing) => ({ url: missing })),
      ];
    };
  }

  test("every operation of the document is exercised here or named as another part's", () => {
    const operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((method) => ["get", "post", "put", "patch", "delete", "options"].includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    const covered = new Set([...Object.keys(requests), ...Object.keys(ELSEWHERE)]);
    assert.deepEqual(
      operations.filter((operation) => !covered.has(operation)),
      [],
    );
  });

  for (const [operation, made] of Object.entries(requests)) {
    test(operation, async () => {
      const [method = "", path = ""] = operation.split(" ");
      for (const request of made()) {
        await conforms(path, method.toLowerCase(), request);
      }
    });
  }

  test("a query document's events are the events asked for", async () => {
    const response = await conforms("/queries/{queryName}/events", "get", { url: "/queries/shipped/events" });
    const document = response.json() as {
      epcisBody: { queryResults: { queryName: string; resultsBody: { eventList: { eventID: string }[] } } };
    };
    assert.equal(document.epcisBody.queryResults.queryName, "shipped");
    assert.deepEqual(
      document.epcisBody.queryResults.resultsBody.eventList.map((event) => event.eventID),
      [ids.ship.eventHash],
    );
  });
});
