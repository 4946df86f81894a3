import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { call } from "../../testing/actors.ts";
import { assertNameHidden } from "../../testing/assertNameHidden.ts";
import { testAppWithActors } from "../../testing/suite.ts";

const square = [
  [-5.547001, 7.539001],
  [-5.546001, 7.539001],
  [-5.546001, 7.538001],
  [-5.547001, 7.538001],
  [-5.547001, 7.539001],
];

describe("locations", () => {
  const { t, a } = testAppWithActors();
  let url: string;
  before(async () => {
    url = `/orgs/${a.orgA.id}/locations`;
  });

  const create = (body: unknown) => call(t.app, a.orgA.users.operator, "POST", url, body);

  test("a plot with a GLN, an address, coordinates and an EUDR polygon round-trips", async () => {
    const created = await create({
      gln: "9506000134352",
      name: "Cocoa plot 7",
      city: "Yamoussoukro",
      country: "CI",
      latitude: 7.538501,
      longitude: -5.546501,
      plot: { type: "Polygon", coordinates: [square] },
    });
    assert.equal(created.statusCode, 201, created.body);
    const fetched = (await call(t.app, a.orgA.users.viewer, "GET", `${url}/${created.json().id}`)).json();
    assert.equal(fetched.gln, "9506000134352");
    assert.equal(fetched.latitude, 7.538501);
    assert.equal(fetched.longitude, -5.546501);
    assert.deepEqual(fetched.plot, { type: "Polygon", coordinates: [square] });
  });

  test("a GeoJSON Point plot is accepted", async () => {
    const created = await create({
      name: "Point plot",
      plot: { type: "Point", coordinates: [12.345678, -45.5] },
    });
    assert.equal(created.statusCode, 201, created.body);
    assert.deepEqual(created.json().plot, { type: "Point", coordinates: [12.345678, -45.5] });
  });

  test("bad geometry, coordinates, country and GLN are refused naming the field, with nothing written", async () => {
    const before = await t.db.prisma.location.count();
    const cases: [unknown, string][] = [
      [
        { name: "x", plot: { type: "Polygon", coordinates: [square.slice(0, 4)] } },
        "body.plot.coordinates.0",
      ],
      [{ name: "x", plot: { type: "Point", coordinates: [181, 0] } }, "body.plot.coordinates.0"],
      [{ name: "x", plot: { type: "Point", coordinates: [1.1234567, 0] } }, "body.plot.coordinates.0"],
      [
        { name: "x", plot: { type: "Polygon", coordinates: [square.slice(0, 3)] } },
        "body.plot.coordinates.0",
      ],
      [{ name: "x", plot: { type: "LineString", coordinates: [] } }, "body.plot.type"],
      [{ name: "x", latitude: 91 }, "body.latitude"],
      [{ name: "x", longitude: 10.0000001 }, "body.longitude"],
      [{ name: "x", country: "EU" }, "body.country"],
      [{ name: "x", country: "ci" }, "body.country"],
    ];
    for (const [body, field] of cases) {
      const response = await create(body);
      assert.equal(response.statusCode, 400, `${JSON.stringify(body)}: ${response.body}`);
      const fields = response.json().errors.map((e: { field: string }) => e.field);
      assert.ok(fields.includes(field), `${JSON.stringify(body)}: ${fields.join()}`);
    }
    const badGln = await create({ name: "x", gln: "9506000134353" });
    assert.equal(badGln.statusCode, 422);
    assert.equal(badGln.json().errors[0].field, "body.gln");
    assert.equal(await t.db.prisma.location.count(), before);
  });

  test("a GLN used twice in one organisation is a 409; another organisation may use it", async () => {
    assert.equal((await create({ name: "Warehouse", gln: "4006381000017" })).statusCode, 201);
    assert.equal((await create({ name: "Warehouse 2", gln: "4006381000017" })).statusCode, 409);
    const other = await call(t.app, a.orgB.users.operator, "POST", `/orgs/${a.orgB.id}/locations`, {
      name: "B's view of the same site",
      gln: "4006381000017",
    });
    assert.equal(other.statusCode, 201);
  });

  test("update clears and sets fields; another organisation's location is a 404", async () => {
    const created = (
      await create({ name: "Depot", country: "FR", plot: { type: "Point", coordinates: [2, 48] } })
    ).json();
    const updated = await call(t.app, a.orgA.users.operator, "PATCH", `${url}/${created.id}`, {
      plot: null,
      country: "BE",
    });
    assert.equal(updated.statusCode, 200, updated.body);
    assert.equal(updated.json().plot, null);
    assert.equal(updated.json().country, "BE");
    const theirs = await t.db.prisma.location.findFirstOrThrow({ where: { organizationId: a.orgB.id } });
    await assertNameHidden(t, a, url, theirs, () =>
      t.db.prisma.location.findUniqueOrThrow({ where: { id: theirs.id } }),
    );
  });

  test("list by name, searchable by name or GLN, filtered by country", async () => {
    const names = async (query: string) =>
      (await call(t.app, a.orgA.users.viewer, "GET", `${url}?${query}`))
        .json()
        .items.map((l: { name: string }) => l.name);
    assert.deepEqual(await names("q=cocoa"), ["Cocoa plot 7"]);
    assert.deepEqual(await names("q=4006381"), ["Warehouse"]);
    assert.deepEqual(await names("country=BE"), ["Depot"]);
    const all = await names("limit=200");
    assert.deepEqual(all, [...all].sort());
    assert.ok(!all.includes("B's view of the same site"));
  });
});
