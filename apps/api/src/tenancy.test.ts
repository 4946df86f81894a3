import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { processPendingCaptures } from "./capture/processPendingCaptures.ts";
import { type Actors, type Credentials, call, createActors } from "./testing/actors.ts";
import {
  bodyReferenceCases,
  EVENT_TABLES,
  type ForeignObjects,
  foreignObjects,
} from "./testing/bodyReferenceCases.ts";
import { buildTestApp, type TestApp } from "./testing/buildTestApp.ts";
import { callers, credentialsFor, mayCall, signedInTestAuditor } from "./testing/callers.ts";
import { finishedImport } from "./testing/importFixtures.ts";
import { publicRoutes, tenancyCases } from "./testing/tenancyCases.ts";

/** One app and one set of actors for the whole file. */
const shared = buildTestApp().then(async (t) => ({ t, a: await createActors(t) }));
after(async () => (await shared).t.close());

describe("tenancy: every route × kind of caller × own/other organisation", () => {
  let t: TestApp;
  let a: Actors;
  let auditor: Credentials & { userId: string };
  before(async () => {
    ({ t, a } = await shared);
    auditor = await signedInTestAuditor(t);
  });

  test("every route of the OpenAPI document has a tenancy case, or is public with a reason", async () => {
    await t.app.ready();
    const spec = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(spec.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map(
        (method) => `${method.toUpperCase()} ${path.replaceAll(/\{(\w+)\}/g, ":$1")}`,
      ),
    );
    assert.ok(routes.length > 50, "the document lists the routes");
    const covered = new Set([...tenancyCases.map((c) => c.name), ...Object.keys(publicRoutes)]);
    assert.deepEqual(
      routes.filter((route) => !covered.has(route)),
      [],
      "add a case to tenancyCases (or, for a public route, a reason to publicRoutes)",
    );
    assert.deepEqual(
      [...covered].filter((name) => !routes.includes(name)),
      [],
      "cases of routes that no longer exist",
    );
  });

  for (const route of tenancyCases) {
    test(route.name, async () => {
      for (const caller of callers(a, auditor)) {
        const request = await route.setup(t, a);
        const delegate = route.table
          ? (t.db.prisma as unknown as Record<string, { count: () => Promise<number> }>)[route.table]
          : undefined;
        const before = await delegate?.count();
        const who = await credentialsFor(t, route, caller);
        const response = await call(t.app, who, request.method, request.url, request.body);
        const label = `${route.name} as ${who.label}`;
        if (mayCall(route, caller.facts)) {
          assert.equal(response.statusCode, route.okStatus, `${label}: ${response.body}`);
        } else {
          assert.ok(
            [401, 403, 404].includes(response.statusCode),
            `${label} must be refused, got ${response.statusCode}: ${response.body}`,
          );
          assert.match(response.headers["content-type"] ?? "", /application\/problem\+json/, label);
          if (delegate) assert.equal(await delegate.count(), before, `${label} wrote nothing`);
        }
      }
    });
  }
});

describe("tenancy inside bodies: organisation A's requests naming organisation B's objects", () => {
  let t: TestApp;
  let a: Actors;
  before(async () => {
    ({ t, a } = await shared);
  });

  /** Row counts of every table a refused request might have written, every member's role, B's objects. */
  const counts = async (b: ForeignObjects) => {
    const objectsOfB = await Promise.all([
      t.db.prisma.lot.findUnique({ where: { id: b.lotId } }),
      t.db.prisma.product.findUnique({ where: { id: b.productId } }),
      t.db.prisma.location.findUnique({ where: { id: b.locationId } }),
    ]);
    const roles = await t.db.prisma.membership.findMany({
      select: { userId: true, organizationId: true, role: true },
      orderBy: [{ organizationId: "asc" }, { userId: "asc" }],
    });
    const delegates = t.db.prisma as unknown as Record<string, { count: () => Promise<number> }>;
    const tables = [
      ...EVENT_TABLES,
      "recall",
      "auditRequest",
      "lot",
      "product",
      "location",
      "document",
      "membership",
    ];
    return {
      objectsOfB,
      roles,
      ...Object.fromEntries(
        await Promise.all(tables.map(async (table) => [table, await delegates[table]?.count()] as const)),
      ),
    };
  };

  for (const route of bodyReferenceCases) {
    test(route.name, async () => {
      const b = await foreignObjects(t, a);
      const { names, ...request } = await route.setup(t, a, b);
      await processPendingCaptures(t.context); // what earlier tests left, so that only this request counts
      const before = await counts(b);
      const response = await call(t.app, a.orgA.users.admin, request.method, request.url, request.body);
      assert.ok(
        route.status.includes(response.statusCode),
        `${route.name}: ${response.statusCode} ${response.body}`,
      );
      if (route.capture) {
        await processPendingCaptures(t.context);
        const capture = await t.db.prisma.capture.findUniqueOrThrow({
          where: { id: response.json().captureId },
        });
        assert.equal(capture.status, "failed", route.name);
        assert.ok(
          JSON.stringify(capture.errors).includes(names),
          `${route.name}: ${JSON.stringify(capture.errors)}`,
        );
      } else if (route.importJob) {
        const job = await finishedImport(t.db, response.json().id);
        assert.equal(job.phase, "failed", route.name);
        assert.ok(
          JSON.stringify(job.problems).includes(names),
          `${route.name}: ${JSON.stringify(job.problems)}`,
        );
      } else {
        assert.match(response.headers["content-type"] ?? "", /application\/problem\+json/, route.name);
        assert.ok(response.body.includes(names), `${route.name} names ${names}: ${response.body}`);
      }
      assert.deepEqual(await counts(b), before, `${route.name} wrote nothing`);
    });
  }
});
