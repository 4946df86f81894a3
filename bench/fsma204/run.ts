/**
 * Benchmark of the FSMA 204 export (issue 15: FDA may ask for the sortable spreadsheet within 24
 * hours): BENCH_EVENTS (default 100,000) shipping and receiving events of one organisation, each
 * naming one of 1,000 lots, with locations described by GLN, exported as CSV for the whole range
 * (`GET /orgs/:orgId/exports/fsma204?from&to`, through the real app), beside the baseline: reading
 * the same events' documents page by page in event time order (the floor the export's own query
 * pattern cannot beat). Prints rows/s and the ratio; writes bench/results/fsma204.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { buildTestApp, createActors } from "@tracemark/api/testing";
import { computeCheckDigit } from "@tracemark/sdk";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const LOTS = 1_000;
const withCheck = (base: string) => `${base}${computeCheckDigit(base)}`;
const GTIN = withCheck("0952012399001");
const GLN_HOME = withCheck("952012399001");
const GLN_AWAY = withCheck("952012399002");

const t = await buildTestApp();
try {
  const a = await createActors(t);
  const org = a.orgA.id;
  const product = await t.db.prisma.product.create({
    data: { organizationId: org, gtin: GTIN, name: "Romaine hearts, 24 ct", commodity: "Romaine lettuce" },
  });
  await t.db.prisma.location.createMany({
    data: [
      {
        organizationId: org,
        gln: GLN_HOME,
        name: "Packhouse",
        city: "Salinas",
        country: "US",
        phone: "+1 831 555 0120",
      },
      {
        organizationId: org,
        gln: GLN_AWAY,
        name: "Denver DC",
        city: "Denver",
        country: "US",
        phone: "+1 303 555 0200",
      },
    ],
  });
  const loadStarted = performance.now();
  await t.db.prisma.$executeRaw`
    INSERT INTO lots (id, "organizationId", "productId", "lotCode", "updatedAt")
    SELECT md5('lot' || l)::uuid, ${org}::uuid, ${product.id}::uuid, 'RH-' || l, now() FROM generate_series(0, ${LOTS} - 1) l`;
  await t.db.prisma.$executeRaw`
    INSERT INTO events (id, "organizationId", "eventHash", leaf, type, action, "bizStep", "eventTime", "eventTimeZoneOffset", "bizLocation", "lotId", document)
    SELECT md5('event' || n)::uuid, ${org}::uuid, 'ni:///sha-256;' || md5('h' || n) || md5('i' || n) || '?ver=CBV2.0',
           '0x' || md5('l' || n) || md5('m' || n), 'ObjectEvent', 'OBSERVE',
           CASE WHEN n % 2 = 0 THEN 'shipping' ELSE 'receiving' END,
           timestamptz '2026-03-01 00:00:00+00' + n * interval '10 seconds', '+00:00',
           'https://id.gs1.org/414/' || ${GLN_HOME}, md5('lot' || (n % ${LOTS}))::uuid,
           jsonb_build_object(
             'type', 'ObjectEvent', 'action', 'OBSERVE',
             'bizStep', CASE WHEN n % 2 = 0 THEN 'shipping' ELSE 'receiving' END,
             'eventTime', to_char((timestamptz '2026-03-01 00:00:00+00' + n * interval '10 seconds') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
             'eventTimeZoneOffset', '+00:00',
             'bizLocation', jsonb_build_object('id', 'https://id.gs1.org/414/' || ${GLN_HOME}),
             'quantityList', jsonb_build_array(jsonb_build_object('epcClass', 'https://id.gs1.org/01/' || ${GTIN} || '/10/RH-' || (n % ${LOTS}), 'quantity', 20, 'uom', 'CA')),
             'destinationList', jsonb_build_array(jsonb_build_object('type', 'location', 'destination', 'https://id.gs1.org/414/' || ${GLN_AWAY})),
             'sourceList', jsonb_build_array(jsonb_build_object('type', 'location', 'source', 'https://id.gs1.org/414/' || ${GLN_AWAY})),
             'bizTransactionList', jsonb_build_array(jsonb_build_object('type', 'bol', 'bizTransaction', 'urn:epcglobal:cbv:bt:' || ${GLN_HOME} || ':BOL-' || n)))
    FROM generate_series(0, ${EVENTS} - 1) n`;
  await t.db.prisma.$executeRaw`
    INSERT INTO event_identifiers ("eventId", role, value, "lotId")
    SELECT md5('event' || n)::uuid, 'quantity', 'https://id.gs1.org/01/' || ${GTIN} || '/10/RH-' || (n % ${LOTS}), md5('lot' || (n % ${LOTS}))::uuid
    FROM generate_series(0, ${EVENTS} - 1) n`;
  await t.db.prisma.$executeRawUnsafe("ANALYZE");
  const loaded = (performance.now() - loadStarted) / 1000;

  const from = new Date("2026-03-01T00:00:00Z");
  const to = new Date("2027-03-01T00:00:00Z");
  // Baseline: the events' documents, page by page, as the export reads them.
  const baselineStarted = performance.now();
  let after: { time: Date; id: string } | undefined;
  let read = 0;
  for (;;) {
    const page: { id: string; eventTime: Date }[] = after
      ? await t.db.prisma.$queryRaw`SELECT e.id, e."eventTime", e.document FROM events e
          WHERE e."organizationId" = ${org}::uuid AND e."eventTime" >= ${from} AND e."eventTime" < ${to}
            AND (e."eventTime", e.id) > (${after.time}, ${after.id}::uuid) ORDER BY e."eventTime", e.id LIMIT 500`
      : await t.db.prisma.$queryRaw`SELECT e.id, e."eventTime", e.document FROM events e
          WHERE e."organizationId" = ${org}::uuid AND e."eventTime" >= ${from} AND e."eventTime" < ${to}
          ORDER BY e."eventTime", e.id LIMIT 500`;
    read += page.length;
    const last = page.at(-1);
    if (!last || page.length < 500) break;
    after = { time: last.eventTime, id: last.id };
  }
  const baseline = (performance.now() - baselineStarted) / 1000;

  const exportStarted = performance.now();
  const response = await t.app.inject({
    method: "GET",
    url: `/orgs/${org}/exports/fsma204?from=${from.toISOString()}&to=${to.toISOString()}`,
    headers: a.orgA.users.viewer.headers,
  });
  const exported = (performance.now() - exportStarted) / 1000;
  if (response.statusCode !== 200)
    throw new Error(`export answered ${response.statusCode}: ${response.body.slice(0, 500)}`);
  const rows = response.body.split("\r\n").length - 2;
  const results = {
    events: EVENTS,
    rows,
    loadSeconds: Number(loaded.toFixed(1)),
    baselineSeconds: Number(baseline.toFixed(2)),
    exportSeconds: Number(exported.toFixed(2)),
    rowsPerSecond: Math.round(rows / exported),
    ratioToBaseline: Number((exported / baseline).toFixed(1)),
    csvBytes: response.rawPayload.length,
    eventsRead: read,
  };
  console.table(results);
  mkdirSync(new URL("../results/", import.meta.url), { recursive: true });
  writeFileSync(new URL("../results/fsma204.json", import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
} finally {
  await t.close();
}
