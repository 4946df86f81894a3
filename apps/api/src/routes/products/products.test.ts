import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { computeCheckDigit } from "@tracemark/sdk";
import { call } from "../../testing/actors.ts";
import { assertNameHidden } from "../../testing/assertNameHidden.ts";
import { testAppWithActors } from "../../testing/suite.ts";

describe("products", () => {
  const { t, a } = testAppWithActors();
  let url: string;
  before(async () => {
    url = `/orgs/${a.orgA.id}/products`;
  });

  test("an operator registers a product: the GTIN is validated and stored as 14 digits", async () => {
    const created = await call(t.app, a.orgA.users.operator, "POST", url, {
      gtin: "9506000134352",
      name: "Extra virgin olive oil 1 l",
      description: "Cold pressed",
      imageUrls: ["https://cdn.example.test/oil.jpg"],
      category: "oils",
    });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().gtin, "09506000134352");
    const fetched = await call(t.app, a.orgA.users.viewer, "GET", `${url}/${created.json().id}`);
    assert.equal(fetched.statusCode, 200);
    assert.equal(fetched.json().name, "Extra virgin olive oil 1 l");
    assert.deepEqual(fetched.json().imageUrls, ["https://cdn.example.test/oil.jpg"]);
  });

  test("a GTIN with a wrong check digit is a 422 naming the field, and nothing is written", async () => {
    const before = await t.db.prisma.product.count();
    const response = await call(t.app, a.orgA.users.operator, "POST", url, {
      gtin: "9506000134353",
      name: "x",
    });
    assert.equal(response.statusCode, 422);
    assert.equal(response.json().errors[0].field, "body.gtin");
    assert.equal(await t.db.prisma.product.count(), before);
  });

  test("bad fields are a 400 naming them", async () => {
    const response = await call(t.app, a.orgA.users.operator, "POST", url, {
      gtin: "12ab",
      name: "",
      imageUrls: ["ftp://example.test/x.jpg"],
    });
    assert.equal(response.statusCode, 400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    assert.ok(fields.includes("body.gtin"), fields.join());
    assert.ok(fields.includes("body.name"), fields.join());
    assert.ok(fields.includes("body.imageUrls.0"), fields.join());
    assert.match(response.body, /imageUrls\.0: must be an http:\/\/ or https:\/\/ web address/);
  });

  test("a GTIN registered by another organisation is a 409 that reveals nothing about it", async () => {
    const first = await call(t.app, a.orgB.users.operator, "POST", `/orgs/${a.orgB.id}/products`, {
      gtin: "4006381333931",
      name: "Secret product of B",
    });
    assert.equal(first.statusCode, 201);
    const taken = await call(t.app, a.orgA.users.operator, "POST", url, {
      gtin: "04006381333931",
      name: "Mine",
    });
    assert.equal(taken.statusCode, 409);
    assert.doesNotMatch(taken.body, /Secret|Org B/);
    assert.doesNotMatch(taken.body, new RegExp(a.orgB.id));
    const sameOrg = await call(t.app, a.orgB.users.operator, "POST", `/orgs/${a.orgB.id}/products`, {
      gtin: "4006381333931",
      name: "Again",
    });
    assert.equal(sameOrg.statusCode, 409);
  });

  test("another organisation's product is a 404, to read and to update", async () => {
    const theirs = await t.db.prisma.product.findFirstOrThrow({ where: { organizationId: a.orgB.id } });
    await assertNameHidden(t, a, url, theirs, () =>
      t.db.prisma.product.findUniqueOrThrow({ where: { id: theirs.id } }),
    );
  });

  test("update changes descriptive fields; the GTIN cannot be changed", async () => {
    const created = (
      await call(t.app, a.orgA.users.operator, "POST", url, {
        gtin: "96385074",
        name: "Tea",
        category: "tea",
      })
    ).json();
    const updated = await call(t.app, a.orgA.users.operator, "PATCH", `${url}/${created.id}`, {
      name: "Green tea",
      description: null,
    });
    assert.equal(updated.statusCode, 200);
    assert.equal(updated.json().name, "Green tea");
    const gtinChange = await call(t.app, a.orgA.users.operator, "PATCH", `${url}/${created.id}`, {
      gtin: "9506000134352",
    });
    assert.equal(gtinChange.statusCode, 400);
  });

  test("list: search by name or GTIN, filter by category, cursor pagination over every product once", async () => {
    for (let i = 0; i < 5; i += 1) {
      const gtin = `95200000000${i}`;
      const check = computeCheckDigit(gtin);
      const response = await call(t.app, a.orgA.users.operator, "POST", url, {
        gtin: `${gtin}${check}`,
        name: `Honey jar ${i}`,
        category: i % 2 === 0 ? "honey" : "jam",
      });
      assert.equal(response.statusCode, 201, response.body);
    }
    const honey = (await call(t.app, a.orgA.users.viewer, "GET", `${url}?q=honey&category=honey`)).json();
    assert.deepEqual(honey.items.map((p: { name: string }) => p.name).sort(), [
      "Honey jar 0",
      "Honey jar 2",
      "Honey jar 4",
    ]);
    const byGtin = (await call(t.app, a.orgA.users.viewer, "GET", `${url}?q=952000000003`)).json();
    assert.deepEqual(
      byGtin.items.map((p: { name: string }) => p.name),
      ["Honey jar 3"],
    );

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const pageUrl: string = `${url}?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const body = (await call(t.app, a.orgA.users.viewer, "GET", pageUrl)).json();
      assert.ok(body.items.length <= 2);
      seen.push(...body.items.map((p: { id: string }) => p.id));
      cursor = body.nextCursor;
    } while (cursor);
    const all = await t.db.prisma.product.findMany({ where: { organizationId: a.orgA.id } });
    assert.equal(seen.length, all.length);
    assert.equal(new Set(seen).size, all.length);
    assert.ok(!seen.some((id) => !all.find((p) => p.id === id)));
  });
});
