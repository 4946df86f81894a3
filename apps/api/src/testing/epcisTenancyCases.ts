import type { Actors } from "./actors.ts";
import type { TestApp } from "./buildTestApp.ts";
import { insertEvent } from "./events.ts";
import type { CallerFacts, TenancyCase } from "./tenancyCases.ts";

/**
 * The EPCIS 2.0 REST binding's query side (routes/epcis): for API keys, over their own
 * organisation. Resources only organisation A holds (its EPC, location, event, named query) are
 * refused to B's key with 404; collections and `…/events` answer B's key with B's (empty) record.
 */

const anyKey = (c: CallerFacts) => c.apiKey;
const keyOfA = (c: CallerFacts) => c.apiKey && c.org === "A";
const EPC = "urn:epc:id:sgtin:0614141.107346.9001";
const LOCATION = "urn:epc:id:sgln:0614141.07346.9";

const events = new WeakMap<TestApp, Promise<string>>();
/** One event of organisation A naming `EPC` at `LOCATION`, made once per app; its event hash. */
function eventOfA(t: TestApp, a: Actors): Promise<string> {
  let made = events.get(t);
  if (!made) {
    made = insertEvent(t.db, a.orgA.id, {
      type: "ObjectEvent",
      action: "OBSERVE",
      eventTime: "2026-02-01T08:00:00.000Z",
      eventTimeZoneOffset: "+00:00",
      epcList: [EPC],
      bizStep: "inspecting",
      disposition: "active",
      readPoint: { id: LOCATION },
      bizLocation: { id: LOCATION },
    }).then((event) => event.eventHash);
    events.set(t, made);
  }
  return made;
}

/** `url`, once organisation A's event exists. */
const withEventOfA = (url: string) => async (t: TestApp, a: Actors) => {
  await eventOfA(t, a);
  return url;
};

let sequence = 0;
/** A public-looking webhook target; the tenancy app resolves no names, so it is let through unresolved. */
const DEST = "https://client.example.com/epcis";

/** A new stream subscription to a new named query of organisation A; its path. */
async function subscriptionOfA(t: TestApp, a: Actors): Promise<string> {
  const name = await queryOfA(t, a);
  const query = await t.db.prisma.epcisQuery.findFirstOrThrow({ where: { organizationId: a.orgA.id, name } });
  const subscription = await t.db.prisma.epcisSubscription.create({
    data: { queryId: query.id, dest: DEST, initialRecordTime: new Date() },
  });
  return `/queries/${name}/subscriptions/${subscription.id}`;
}
/** A new named query of organisation A; its name. */
async function queryOfA(t: TestApp, a: Actors): Promise<string> {
  sequence += 1;
  const name = `tenancy-${sequence}`;
  await t.db.prisma.epcisQuery.create({
    data: { organizationId: a.orgA.id, name, query: { EQ_bizStep: ["inspecting"] } },
  });
  return name;
}

const get = (
  name: string,
  allowed: (c: CallerFacts) => boolean,
  url: (t: TestApp, a: Actors) => Promise<string>,
): TenancyCase => ({
  name,
  minRole: "viewer",
  apiKeys: true,
  okStatus: 200,
  allowed,
  setup: async (t, a) => ({ method: "GET", url: await url(t, a) }),
});
const e = encodeURIComponent;

const queryCases: TenancyCase[] = [
  get("GET /", anyKey, async () => "/"),
  get("GET /events", anyKey, async () => "/events?EQ_bizStep=shipping&perPage=5"),
  get("GET /events/:eventID", keyOfA, async (t, a) => `/events/${e(await eventOfA(t, a))}`),
  get("GET /eventTypes", anyKey, async () => "/eventTypes"),
  get("GET /eventTypes/:eventType", anyKey, async () => "/eventTypes/ObjectEvent"),
  get("GET /eventTypes/:eventType/events", anyKey, async () => "/eventTypes/ObjectEvent/events"),
  get("GET /epcs", anyKey, async () => "/epcs"),
  get("GET /epcs/:id", keyOfA, withEventOfA(`/epcs/${e(EPC)}`)),
  get("GET /epcs/:id/events", anyKey, async () => `/epcs/${e(EPC)}/events`),
  get("GET /bizSteps", anyKey, async () => "/bizSteps"),
  get("GET /bizSteps/:id", anyKey, async () => "/bizSteps/shipping"),
  get("GET /bizSteps/:id/events", anyKey, async () => "/bizSteps/shipping/events"),
  get("GET /dispositions", anyKey, async () => "/dispositions"),
  get("GET /dispositions/:id", anyKey, async () => "/dispositions/active"),
  get("GET /dispositions/:id/events", anyKey, async () => "/dispositions/active/events"),
  get("GET /bizLocations", anyKey, async () => "/bizLocations"),
  get("GET /bizLocations/:id", keyOfA, withEventOfA(`/bizLocations/${e(LOCATION)}`)),
  get("GET /bizLocations/:id/events", anyKey, async () => `/bizLocations/${e(LOCATION)}/events`),
  get("GET /readPoints", anyKey, async () => "/readPoints"),
  get("GET /readPoints/:id", keyOfA, withEventOfA(`/readPoints/${e(LOCATION)}`)),
  get("GET /readPoints/:id/events", anyKey, async () => `/readPoints/${e(LOCATION)}/events`),
  get("GET /queries", anyKey, async () => "/queries"),
  get("GET /queries/:queryName", keyOfA, async (t, a) => `/queries/${await queryOfA(t, a)}`),
  get("GET /queries/:queryName/events", keyOfA, async (t, a) => `/queries/${await queryOfA(t, a)}/events`),
  {
    name: "POST /queries",
    minRole: "operator",
    apiKeys: true,
    okStatus: 201,
    table: "epcisQuery",
    allowed: (c) => c.apiKey && c.atLeast("operator"),
    setup: async () => {
      sequence += 1;
      return {
        method: "POST",
        url: "/queries",
        body: { name: `created-${sequence}`, query: { eventType: ["ObjectEvent"] } },
      };
    },
  },
  {
    name: "DELETE /queries/:queryName",
    minRole: "operator",
    apiKeys: true,
    okStatus: 204,
    table: "epcisQuery",
    allowed: (c) => c.apiKey && c.org === "A" && c.atLeast("operator"),
    setup: async (t, a) => ({ method: "DELETE", url: `/queries/${await queryOfA(t, a)}` }),
  },
  get(
    "GET /queries/:queryName/subscriptions",
    keyOfA,
    async (t, a) => `/queries/${await queryOfA(t, a)}/subscriptions`,
  ),
  get("GET /queries/:queryName/subscriptions/:subscriptionID", keyOfA, subscriptionOfA),
];

/** `OPTIONS` of each resource the query side serves: the binding's discovery, allowed as its GET is. */
const discoveryCases: TenancyCase[] = queryCases
  .filter((route) => route.name.startsWith("GET "))
  .map((route) => ({
    ...route,
    name: route.name.replace(/^GET /, "OPTIONS "),
    okStatus: 204,
    setup: async (t, a) => {
      const { url } = await route.setup(t, a);
      return { method: "OPTIONS", url: url.split("?")[0] ?? url };
    },
  }));

export const epcisTenancyCases: TenancyCase[] = [
  ...queryCases,
  ...discoveryCases,
  {
    name: "POST /queries/:queryName/subscriptions",
    minRole: "operator",
    apiKeys: true,
    okStatus: 201,
    table: "epcisSubscription",
    allowed: (c) => c.apiKey && c.org === "A" && c.atLeast("operator"),
    setup: async (t, a) => ({
      method: "POST",
      url: `/queries/${await queryOfA(t, a)}/subscriptions`,
      body: { dest: DEST, stream: true },
    }),
  },
  {
    name: "DELETE /queries/:queryName/subscriptions/:subscriptionID",
    minRole: "operator",
    apiKeys: true,
    okStatus: 204,
    table: "epcisSubscription",
    allowed: (c) => c.apiKey && c.org === "A" && c.atLeast("operator"),
    setup: async (t, a) => ({ method: "DELETE", url: await subscriptionOfA(t, a) }),
  },
];
