import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { call } from "../../testing/actors.ts";
import { createLot as lotOfProduct } from "../../testing/captureFixtures.ts";
import { insertEvent } from "../../testing/events.ts";
import { correctEvent } from "../../testing/recordFixtures.ts";
import { testAppWithActors } from "../../testing/suite.ts";

describe("lots and serialised items", () => {
  const { t, a } = testAppWithActors();
  let productId: string;
  let lotsUrl: string;
  before(async () => {
    const product = await t.db.prisma.product.create({
      data: { organizationId: a.orgA.id, gtin: "09506000134352", name: "Olive oil" },
    });
    productId = product.id;
    lotsUrl = `/orgs/${a.orgA.id}/lots`;
  });

  const createLot = (body: unknown, who = a.orgA.users.operator) =>
    call(t.app, who, "POST", `/orgs/${a.orgA.id}/products/${productId}/lots`, body);

  test("an operator creates a lot with dates, quantity and unit; a viewer reads it", async () => {
    const created = await createLot({
      lotCode: "L-2026-03",
      productionDate: "2026-03-01",
      expiryDate: "2027-03-01",
      quantity: "1250.5",
      unit: "KGM",
    });
    assert.equal(created.statusCode, 201, created.body);
    const lot = created.json();
    assert.equal(lot.gtin, "09506000134352");
    assert.equal(lot.recallState, "none");
    const fetched = (await call(t.app, a.orgA.users.viewer, "GET", `${lotsUrl}/${lot.id}`)).json();
    assert.equal(fetched.productionDate, "2026-03-01");
    assert.equal(fetched.expiryDate, "2027-03-01");
    assert.equal(fetched.quantity, "1250.5");
    assert.equal(fetched.unit, "KGM");
  });

  test("a lot code outside GS1 AI (10) rules, or an expiry before production, is refused naming the field", async () => {
    const before = await t.db.prisma.lot.count();
    const badCode = await createLot({ lotCode: "L 2026 é" });
    assert.equal(badCode.statusCode, 422, badCode.body);
    assert.equal(badCode.json().errors[0].field, "body.lotCode");
    const badDates = await createLot({
      lotCode: "L-X",
      productionDate: "2026-03-02",
      expiryDate: "2026-03-01",
    });
    assert.equal(badDates.statusCode, 422);
    assert.equal(badDates.json().errors[0].field, "body.expiryDate");
    const badQuantity = await createLot({ lotCode: "L-Y", quantity: "-3", productionDate: "2026-02-30" });
    assert.equal(badQuantity.statusCode, 400);
    const fields = badQuantity.json().errors.map((e: { field: string }) => e.field);
    assert.ok(fields.includes("body.quantity") && fields.includes("body.productionDate"), fields.join());
    assert.equal(await t.db.prisma.lot.count(), before);
  });

  test("the same lot code twice for a product is a 409; another organisation's product is a 404", async () => {
    assert.equal((await createLot({ lotCode: "DUP-1" })).statusCode, 201);
    assert.equal((await createLot({ lotCode: "DUP-1" })).statusCode, 409);
    const theirs = await t.db.prisma.product.create({
      data: { organizationId: a.orgB.id, gtin: "04006381333931", name: "B's" },
    });
    const response = await call(
      t.app,
      a.orgA.users.owner,
      "POST",
      `/orgs/${a.orgA.id}/products/${theirs.id}/lots`,
      {
        lotCode: "X1",
      },
    );
    assert.equal(response.statusCode, 404);
  });

  test("update checks the dates against the stored ones and never changes the lot code", async () => {
    const lot = (await createLot({ lotCode: "UPD-1", productionDate: "2026-01-10" })).json();
    const bad = await call(t.app, a.orgA.users.operator, "PATCH", `${lotsUrl}/${lot.id}`, {
      expiryDate: "2026-01-01",
    });
    assert.equal(bad.statusCode, 422);
    assert.equal(bad.json().errors[0].field, "body.expiryDate");
    const ok = await call(t.app, a.orgA.users.operator, "PATCH", `${lotsUrl}/${lot.id}`, {
      expiryDate: "2026-06-01",
      quantity: null,
    });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().expiryDate, "2026-06-01");
    const codeChange = await call(t.app, a.orgA.users.operator, "PATCH", `${lotsUrl}/${lot.id}`, {
      lotCode: "Z",
    });
    assert.equal(codeChange.statusCode, 400);
    const theirLot = await t.db.prisma.lot.create({
      data: {
        organizationId: a.orgB.id,
        productId: (await t.db.prisma.product.findFirstOrThrow({ where: { organizationId: a.orgB.id } })).id,
        lotCode: "B-1",
      },
    });
    assert.equal((await call(t.app, a.orgA.users.owner, "GET", `${lotsUrl}/${theirLot.id}`)).statusCode, 404);
    assert.equal(
      (await call(t.app, a.orgA.users.owner, "PATCH", `${lotsUrl}/${theirLot.id}`, { unit: "X" })).statusCode,
      404,
    );
  });

  test("list filters by recall state, lot code and date ranges", async () => {
    await createLot({ lotCode: "R-1", productionDate: "2025-05-01", expiryDate: "2025-12-31" });
    const recalled = (await createLot({ lotCode: "R-2", productionDate: "2025-06-15" })).json();
    await t.db.prisma.lot.update({ where: { id: recalled.id }, data: { recallState: "recalled" } });
    const list = async (query: string) =>
      (await call(t.app, a.orgA.users.viewer, "GET", `${lotsUrl}?${query}`))
        .json()
        .items.map((l: { lotCode: string }) => l.lotCode);
    assert.deepEqual(await list("recallState=recalled"), ["R-2"]);
    assert.deepEqual((await list("q=r-")).sort(), ["R-1", "R-2"]);
    assert.deepEqual(await list("producedFrom=2025-06-01&producedTo=2025-06-30"), ["R-2"]);
    assert.deepEqual(await list("expiresTo=2025-12-31"), ["R-1"]);
    assert.ok((await list(`productId=${productId}`)).length >= 5);
    const bad = await call(t.app, a.orgA.users.viewer, "GET", `${lotsUrl}?producedFrom=yesterday`);
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, "querystring.producedFrom");
  });

  test("serials: a list and a range, each validated; duplicates refused with nothing written", async () => {
    const lot = (await createLot({ lotCode: "SER-1" })).json();
    const url = `${lotsUrl}/${lot.id}/serials`;
    const list = await call(t.app, a.orgA.users.operator, "POST", url, { serials: ["A1", "A2"] });
    assert.equal(list.statusCode, 201, list.body);
    assert.deepEqual(list.json(), { count: 2, first: "A1", last: "A2" });
    const range = await call(t.app, a.orgA.users.operator, "POST", url, {
      range: { prefix: "SN", from: 1, to: 250, width: 4 },
    });
    assert.deepEqual(range.json(), { count: 250, first: "SN0001", last: "SN0250" });

    const before = await t.db.prisma.serialItem.count();
    const clash = await call(t.app, a.orgA.users.operator, "POST", url, { serials: ["B1", "A2"] });
    assert.equal(clash.statusCode, 409);
    const twice = await call(t.app, a.orgA.users.operator, "POST", url, { serials: ["C1", "C1"] });
    assert.equal(twice.statusCode, 422);
    assert.equal(twice.json().errors[0].field, "body.serials.1");
    const badChar = await call(t.app, a.orgA.users.operator, "POST", url, { serials: ["D1", "bad serial"] });
    assert.equal(badChar.statusCode, 422);
    assert.equal(badChar.json().errors[0].field, "body.serials.1");
    const backwards = await call(t.app, a.orgA.users.operator, "POST", url, { range: { from: 5, to: 1 } });
    assert.equal(backwards.statusCode, 422);
    assert.equal(backwards.json().errors[0].field, "body.range");
    const tooMany = await call(t.app, a.orgA.users.operator, "POST", url, { range: { from: 1, to: 20_000 } });
    assert.equal(tooMany.statusCode, 422);
    assert.equal(await t.db.prisma.serialItem.count(), before);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await call(
        t.app,
        a.orgA.users.viewer,
        "GET",
        `${url}?limit=100${cursor ? `&cursor=${cursor}` : ""}`,
      );
      const body: { items: { serial: string }[]; nextCursor: string | null } = response.json();
      seen.push(...body.items.map((s: { serial: string }) => s.serial));
      cursor = body.nextCursor;
    } while (cursor);
    assert.equal(seen.length, 252);
    assert.deepEqual(seen.slice(0, 3), ["A1", "A2", "SN0001"]);
    assert.equal((await call(t.app, a.orgB.users.owner, "GET", url)).statusCode, 403);
  });

  test("serials of another organisation's lot: 404", async () => {
    const theirLot = await t.db.prisma.lot.findFirstOrThrow({ where: { organizationId: a.orgB.id } });
    const url = `/orgs/${a.orgA.id}/lots/${theirLot.id}/serials`;
    assert.equal((await call(t.app, a.orgA.users.owner, "POST", url, { serials: ["Z1"] })).statusCode, 404);
    assert.equal((await call(t.app, a.orgA.users.owner, "GET", url)).statusCode, 404);
  });
});

describe("a lot's documents: GET /orgs/:orgId/lots/:lotId/documents", () => {
  const { t, a } = testAppWithActors();
  let lotId = "";
  const sha: Record<string, string> = {};
  const eventIds: string[] = [];
  const gtin = "09506000134352";

  before(async () => {
    const A = a.orgA.id;
    const product = await t.db.prisma.product.create({
      data: { organizationId: A, gtin, name: "Olive oil" },
    });
    const lot = await t.db.prisma.lot.create({
      data: { organizationId: A, productId: product.id, lotCode: "DOC-1" },
    });
    const other = await t.db.prisma.lot.create({
      data: { organizationId: A, productId: product.id, lotCode: "DOC-2" },
    });
    lotId = lot.id;
    const upload = async (
      orgId: string,
      who: typeof a.orgA.users.operator,
      name: string,
      content: string,
    ) => {
      const response = await t.app.inject({
        method: "POST",
        url: `/orgs/${orgId}/documents?fileName=${name}`,
        headers: { ...who.headers, "content-type": "application/pdf" },
        payload: Buffer.from(content),
      });
      assert.ok(response.statusCode < 300, response.body);
      return response.json().sha256 as string;
    };
    const record = async (
      orgId: string,
      who: typeof a.orgA.users.operator,
      body: Record<string, unknown>,
    ) => {
      const response = await call(t.app, who, "POST", `/orgs/${orgId}/events`, {
        type: "object",
        action: "OBSERVE",
        ...body,
      });
      assert.equal(response.statusCode, 201, response.body);
      return response.json().id as string;
    };
    sha.certificate = await upload(A, a.orgA.users.operator, "organic.pdf", "organic certificate");
    sha.note = await upload(A, a.orgA.users.operator, "delivery-note.pdf", "delivery note");
    sha.elsewhere = await upload(A, a.orgA.users.operator, "other-lot.pdf", "another lot's report");
    eventIds.push(
      await record(A, a.orgA.users.operator, {
        bizStep: "inspecting",
        eventTime: "2026-03-01T08:00:00.000Z",
        lot: { id: lot.id },
        documents: [sha.certificate],
      }),
      await record(A, a.orgA.users.operator, {
        bizStep: "shipping",
        eventTime: "2026-03-02T08:00:00.000Z",
        lot: { gtin, lotCode: "DOC-1" },
        documents: [sha.certificate, sha.note],
      }),
    );
    await record(A, a.orgA.users.operator, {
      eventTime: "2026-03-03T08:00:00.000Z",
      lot: { id: other.id },
      documents: [sha.elsewhere],
    });
    // Organisation B attaches its own copy of a document to its event naming A's lot: not A's to list.
    sha.theirs = await upload(a.orgB.id, a.orgB.users.operator, "b-invoice.pdf", "B's invoice");
    const received = await insertEvent(t.db, a.orgB.id, {
      type: "ObjectEvent",
      action: "OBSERVE",
      bizStep: "receiving",
      eventTime: "2026-03-04T08:00:00.000Z",
      eventTimeZoneOffset: "+00:00",
      quantityList: [{ epcClass: `https://id.gs1.org/01/${gtin}/10/DOC-1`, quantity: 5, uom: "KGM" }],
    });
    await t.db.prisma.eventDocument.create({
      data: { eventId: received.id, organizationId: a.orgB.id, documentSha256: sha.theirs },
    });
    assert.equal(
      await t.db.prisma.eventIdentifier.count({ where: { eventId: received.id, lotId: lot.id } }),
      1,
      "B's event names A's lot",
    );
  });

  const list = (qs = "", who = a.orgA.users.viewer, id = lotId) =>
    call(t.app, who, "GET", `/orgs/${a.orgA.id}/lots/${id}/documents${qs}`);

  test("each document of the lot's events once, with its size, type and the events it is attached to", async () => {
    const response = await list();
    assert.equal(response.statusCode, 200, response.body);
    const { items, nextCursor } = response.json();
    assert.equal(nextCursor, null);
    assert.deepEqual(
      items.map((d: { sha256: string }) => d.sha256).sort(),
      [sha.certificate, sha.note].sort(),
    );
    const certificate = items.find((d: { sha256: string }) => d.sha256 === sha.certificate);
    assert.equal(certificate.fileName, "organic.pdf");
    assert.equal(certificate.contentType, "application/pdf");
    assert.equal(certificate.size, "organic certificate".length);
    assert.deepEqual(
      certificate.events.map((e: { id: string; bizStep: string }) => [e.id, e.bizStep]),
      [
        [eventIds[0], "inspecting"],
        [eventIds[1], "shipping"],
      ],
    );
  });

  test("pages of one cover every document once; a bad cursor is a 400", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await list(`?limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      assert.equal(response.statusCode, 200, response.body);
      const page = response.json() as { items: { sha256: string }[]; nextCursor: string | null };
      assert.equal(page.items.length, 1);
      seen.push(...page.items.map((d) => d.sha256));
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(seen.sort(), [sha.certificate, sha.note].sort());
    const bad = await list("?cursor=bm9wZQ");
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, "querystring.cursor");
  });

  test("another organisation's lot is a 404, and its members see nothing of this one", async () => {
    const { lot: theirs } = await lotOfProduct(t, a.orgB.id, "B-DOC");
    assert.equal((await list("", a.orgA.users.owner, theirs.id)).statusCode, 404);
    assert.equal((await list("", a.orgB.users.owner)).statusCode, 403);
  });

  test("an error declaration repeats the documents of the event it corrects, and says which it corrects", async () => {
    const shippedId = eventIds[1];
    assert.ok(shippedId, "the shipping event was recorded");
    const shipped = await call(t.app, a.orgA.users.viewer, "GET", `/orgs/${a.orgA.id}/events/${shippedId}`);
    const corrected = await correctEvent(t, a.orgA, shippedId, {
      errorReason: "did_not_occur",
      reason: "Never left the farm",
    });
    assert.equal(corrected.statusCode, 201, corrected.body);
    const { items } = (await list()).json();
    const note = items.find((d: { sha256: string }) => d.sha256 === sha.note);
    // The declaration has the event time of the event it declares: the id decides their order.
    const byId = (x: (string | null)[], y: (string | null)[]) => String(x[0]).localeCompare(String(y[0]));
    assert.deepEqual(
      note.events
        .map((e: { id: string; correctsEventHash: string | null }) => [e.id, e.correctsEventHash])
        .sort(byId),
      [
        [eventIds[1], null],
        [corrected.json().declaration.id, shipped.json().eventHash],
      ].sort(byId),
    );
  });
});
