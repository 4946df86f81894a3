import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { type Actors, call, createActors } from "../../testing/actors.ts";
import { createLot } from "../../testing/captureFixtures.ts";
import { recordObservation } from "../../testing/recordFixtures.ts";
import { testAppWithActors } from "../../testing/suite.ts";

/**
 * A lot's EUDR plots as GeoJSON for a due diligence statement: the plots of the places where its
 * record happened, as the EU Information System's file description has them; the owner's own
 * always, to a partner only once made public; nothing to a stranger.
 */
describe("GET /orgs/:orgId/lots/:lotId/plots", () => {
  const { t, a } = testAppWithActors();
  let others: Actors;
  let lotId: string;
  let farmId: string;
  const names = { a: "", b: "" };
  const polygon = {
    type: "Polygon",
    coordinates: [
      [
        [-76.051234, 1.853456],
        [-76.049876, 1.853512],
        [-76.049901, 1.851998],
        [-76.051234, 1.853456],
      ],
    ],
  };

  before(async () => {
    others = await createActors(t);
    lotId = (await createLot(t, a.orgA.id)).lot.id;
    const nameOf = async (id: string) =>
      (await t.db.prisma.organization.findUniqueOrThrow({ where: { id }, select: { name: true } })).name;
    names.a = await nameOf(a.orgA.id);
    names.b = await nameOf(a.orgB.id);
    const location = async (org: Actors["orgA"], body: Record<string, unknown>) => {
      const response = await call(t.app, org.users.operator, "POST", `/orgs/${org.id}/locations`, body);
      assert.equal(response.statusCode, 201, response.body);
      return response.json().id as string;
    };
    farmId = await location(a.orgA, {
      name: "Finca La Esperanza",
      fieldName: "Lote 3",
      country: "CO",
      plot: polygon,
    });
    const unused = await location(a.orgA, {
      name: "Elsewhere",
      plot: { type: "Point", coordinates: [1, 2] },
    });
    const store = await location(a.orgB, {
      name: "Rotterdam cold store",
      country: "NL",
      plot: { type: "Point", coordinates: [4.47917, 51.9225] },
      plotPublic: true,
    });
    const record = (org: Actors["orgA"], body: Record<string, unknown>) =>
      recordObservation(t, org, lotId, body);
    await record(a.orgA, { bizStep: "commissioning", bizLocation: { locationId: farmId } });
    await record(a.orgA, {
      bizStep: "shipping",
      destinations: [{ type: "owning_party", organizationId: a.orgB.id }],
    });
    await record(a.orgB, { bizStep: "receiving", bizLocation: { locationId: store } });
    assert.ok(unused);
  });

  test("the owner gets its plot as an EUDR FeatureCollection, and the partner's public one", async () => {
    const response = await call(t.app, a.orgA.users.viewer, "GET", `/orgs/${a.orgA.id}/lots/${lotId}/plots`);
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers["content-type"]), /^application\/geo\+json/);
    assert.match(String(response.headers["content-disposition"]), /attachment; filename=".*\.geojson"/);
    assert.deepEqual(response.json(), {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { ProducerName: names.a, ProducerCountry: "CO", ProductionPlace: "Lote 3" },
          geometry: polygon,
        },
        {
          type: "Feature",
          properties: {
            ProducerName: names.b,
            ProducerCountry: "NL",
            ProductionPlace: "Rotterdam cold store",
          },
          geometry: { type: "Point", coordinates: [4.47917, 51.9225] },
        },
      ],
    });
  });

  test("the receiver sees the owner's plot only once the owner makes it public", async () => {
    const url = `/orgs/${a.orgB.id}/lots/${lotId}/plots`;
    const before = (await call(t.app, a.orgB.users.viewer, "GET", url)).json();
    assert.deepEqual(
      before.features.map((f: { properties: { ProductionPlace: string } }) => f.properties.ProductionPlace),
      ["Rotterdam cold store"],
    );
    const made = await call(t.app, a.orgA.users.operator, "PATCH", `/orgs/${a.orgA.id}/locations/${farmId}`, {
      plotPublic: true,
    });
    assert.equal(made.statusCode, 200, made.body);
    assert.equal(made.json().plotPublic, true);
    const afterwards = (await call(t.app, a.orgB.users.viewer, "GET", url)).json();
    assert.deepEqual(
      afterwards.features.map(
        (f: { properties: { ProductionPlace: string } }) => f.properties.ProductionPlace,
      ),
      ["Lote 3", "Rotterdam cold store"],
    );
  });

  test("an organisation that neither owns nor received the lot gets a 404", async () => {
    const response = await call(
      t.app,
      others.orgA.users.owner,
      "GET",
      `/orgs/${others.orgA.id}/lots/${lotId}/plots`,
    );
    assert.equal(response.statusCode, 404);
  });
});
