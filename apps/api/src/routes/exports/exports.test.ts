import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { computeCheckDigit, parseEpcisDocument } from "@tracemark/sdk";
import ExcelJS from "exceljs";
import { FSMA204_COLUMNS } from "../../services/exports/fsma204Kdes.ts";
import { call } from "../../testing/actors.ts";
import { createProductLot, insertEvent } from "../../testing/events.ts";
import { parseCsv } from "../../testing/parseCsv.ts";
import { testAppWithActors } from "../../testing/suite.ts";
import { csvRecord } from "../../util/csvRecord.ts";

const withCheck = (base: string) => `${base}${computeCheckDigit(base)}`;
const LETTUCE = withCheck("0952012345001");
const SALAD = withCheck("0952012345002");
const GLN_FARM = withCheck("952012300011");
const GLN_DC = withCheck("952012300012");

describe("exports: FSMA 204 sortable spreadsheet and EPCIS document", () => {
  const { t, a } = testAppWithActors();
  let lettuceLot = "";

  before(async () => {
    const A = a.orgA.id;
    lettuceLot = (
      await createProductLot(t.db, A, { gtin: LETTUCE, name: 'Romaine "Hearts", 3 pack', lotCode: "LET-1" })
    ).lot.id;
    await createProductLot(t.db, A, { gtin: SALAD, name: "Caesar salad", lotCode: "SAL-1" });
    await t.db.prisma.location.create({
      data: {
        organizationId: A,
        gln: GLN_FARM,
        name: "Salinas Farm",
        street: "1 Field Rd",
        city: "Salinas",
        region: "CA",
        country: "US",
      },
    });
    await t.db.prisma.location.create({
      data: {
        organizationId: A,
        gln: GLN_DC,
        name: "Denver DC",
        city: "Denver",
        region: "CO",
        country: "US",
      },
    });
    const lettuce = `https://id.gs1.org/01/${LETTUCE}/10/LET-1`;
    const salad = `https://id.gs1.org/01/${SALAD}/10/SAL-1`;
    await insertEvent(t.db, A, {
      type: "ObjectEvent",
      action: "ADD",
      eventTime: "2026-03-01T08:00:00.000Z",
      eventTimeZoneOffset: "+00:00",
      quantityList: [{ epcClass: lettuce, quantity: 500, uom: "KGM" }],
      bizStep: "commissioning",
      bizLocation: { id: `https://id.gs1.org/414/${GLN_FARM}` },
    });
    await insertEvent(t.db, A, {
      type: "ObjectEvent",
      action: "OBSERVE",
      eventTime: "2026-03-02T08:00:00.000Z",
      eventTimeZoneOffset: "+00:00",
      quantityList: [{ epcClass: lettuce, quantity: 200, uom: "KGM" }],
      bizStep: "shipping",
      readPoint: { id: `https://id.gs1.org/414/${GLN_FARM}` },
      bizTransactionList: [{ type: "po", bizTransaction: "urn:epcglobal:cbv:bt:0614141073467:PO-77" }],
      destinationList: [{ type: "location", destination: `https://id.gs1.org/414/${GLN_DC}` }],
    });
    await insertEvent(t.db, A, {
      type: "TransformationEvent",
      eventTime: "2026-03-03T08:00:00.000Z",
      eventTimeZoneOffset: "+00:00",
      inputQuantityList: [{ epcClass: lettuce, quantity: 100, uom: "KGM" }],
      outputQuantityList: [{ epcClass: salad, quantity: 400, uom: "EA" }],
      bizLocation: { id: `https://id.gs1.org/414/${GLN_DC}` },
    });
    // Not a critical tracking event: gives no row.
    await insertEvent(t.db, A, {
      type: "ObjectEvent",
      action: "OBSERVE",
      eventTime: "2026-03-04T08:00:00.000Z",
      eventTimeZoneOffset: "+00:00",
      quantityList: [{ epcClass: lettuce, quantity: 1, uom: "KGM" }],
      bizStep: "inspecting",
    });
    // Another organisation's event about the same lot is not in A's export.
    await insertEvent(t.db, a.orgB.id, {
      type: "ObjectEvent",
      action: "OBSERVE",
      eventTime: "2026-03-05T08:00:00.000Z",
      eventTimeZoneOffset: "+00:00",
      quantityList: [{ epcClass: lettuce, quantity: 200, uom: "KGM" }],
      bizStep: "receiving",
    });
  });

  const column = (name: (typeof FSMA204_COLUMNS)[number]) => FSMA204_COLUMNS.indexOf(name);

  test("CSV for a lot: header row, one row per lot per critical tracking event, RFC 4180 quoting", async () => {
    const response = await call(
      t.app,
      a.orgA.users.viewer,
      "GET",
      `/orgs/${a.orgA.id}/exports/fsma204?lotId=${lettuceLot}`,
    );
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers["content-type"]), /^text\/csv/);
    assert.match(String(response.headers["content-disposition"]), /attachment; filename="fsma204-.*\.csv"/);
    const [header, ...rows] = parseCsv(response.body);
    assert.deepEqual(header, [...FSMA204_COLUMNS]);
    assert.deepEqual(
      rows.map((r) => [
        r[column("Critical Tracking Event")],
        r[column("Traceability Lot Code")],
        r[column("Input or Output")],
      ]),
      [
        ["Shipping", "LET-1", ""],
        ["Transformation", "LET-1", "Input"],
        ["Transformation", "SAL-1", "Output"],
      ],
      "commissioning is no critical tracking event",
    );
    const shipping = rows[0] ?? [];
    assert.equal(
      shipping[column("Product Description")],
      'Romaine "Hearts", 3 pack',
      "quotes and commas survive",
    );
    assert.equal(shipping[column("Quantity")], "200");
    assert.equal(shipping[column("Unit of Measure")], "KGM");
    assert.equal(
      shipping[column("Event Location Description")],
      `Org A, Salinas Farm, 1 Field Rd, Salinas, CA, US, GLN ${GLN_FARM}`,
    );
    assert.equal(
      shipping[column("Immediate Subsequent Recipient Location Description")],
      `Org A, Denver DC, Denver, CO, US, GLN ${GLN_DC}`,
    );
    assert.equal(shipping[column("Reference Document Type")], "Purchase Order");
    assert.equal(shipping[column("Reference Document Number")], "PO-77");
    assert.equal(
      shipping[column("Traceability Lot Code Source Location Description")],
      `Org A, Salinas Farm, 1 Field Rd, Salinas, CA, US, GLN ${GLN_FARM}`,
      "where the lot was commissioned",
    );
    assert.equal(rows[2]?.[column("Product Description")], "Caesar salad");
  });

  test("XLSX for a date range: same columns, parsed back", async () => {
    const response = await call(
      t.app,
      a.orgA.apiKeys.viewer,
      "GET",
      `/orgs/${a.orgA.id}/exports/fsma204?from=2026-03-02T00:00:00Z&to=2026-03-03T00:00:00Z&format=xlsx`,
    );
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(
      response.headers["content-type"],
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    assert.ok(sheet);
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    assert.deepEqual(values(1), [...FSMA204_COLUMNS]);
    assert.equal(sheet.actualRowCount, 2, "only the shipping event is in the range");
    assert.equal(values(2)[column("Critical Tracking Event")], "Shipping");
    assert.equal(values(2)[column("Quantity")], 200);
  });

  test("a location named by id shows only when it is the exporting organisation's own", async () => {
    const gtin = withCheck("0952012345003");
    const { lot } = await createProductLot(t.db, a.orgA.id, { gtin, name: "Spinach", lotCode: "SPI-1" });
    const hidden = await t.db.prisma.location.create({
      data: { organizationId: a.orgB.id, name: "B's hidden site", street: "7 Private Way", country: "FR" },
    });
    // Written straight into the tables, as before storeEvents refused such ids.
    await insertEvent(t.db, a.orgA.id, {
      type: "ObjectEvent",
      action: "OBSERVE",
      eventTime: "2026-03-05T08:00:00.000Z",
      eventTimeZoneOffset: "+00:00",
      quantityList: [{ epcClass: `https://id.gs1.org/01/${gtin}/10/SPI-1`, quantity: 1, uom: "KGM" }],
      bizStep: "shipping",
      bizLocation: { id: `urn:tracemark:location:${hidden.id}` },
      destinationList: [{ type: "location", destination: `urn:tracemark:location:${hidden.id}` }],
    });
    const response = await call(
      t.app,
      a.orgA.users.viewer,
      "GET",
      `/orgs/${a.orgA.id}/exports/fsma204?lotId=${lot.id}`,
    );
    assert.equal(response.statusCode, 200, response.body);
    assert.ok(response.body.includes("Shipping"), response.body);
    assert.ok(!response.body.includes("7 Private Way"), response.body);
    assert.ok(!response.body.includes("hidden site"), response.body);
  });

  test("the selection is required and checked", async () => {
    for (const qs of [
      "",
      "from=2026-03-01T00:00:00Z",
      "lotId=x",
      `format=pdf&lotId=${lettuceLot}`,
      "from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z",
    ]) {
      const response = await call(
        t.app,
        a.orgA.users.viewer,
        "GET",
        `/orgs/${a.orgA.id}/exports/fsma204?${qs}`,
      );
      assert.equal(response.statusCode, 400, `${qs}: ${response.body}`);
      assert.match(response.headers["content-type"] ?? "", /problem\+json/);
    }
  });

  test("EPCIS 2.0 JSON-LD document of the selected events, valid for the SDK", async () => {
    const response = await call(
      t.app,
      a.orgA.users.viewer,
      "GET",
      `/orgs/${a.orgA.id}/exports/epcis?lotId=${lettuceLot}&EQ_bizStep=shipping|commissioning`,
    );
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers["content-type"]), /application\/ld\+json/);
    const document = parseEpcisDocument(response.json());
    assert.equal(document.type, "EPCISDocument");
    assert.deepEqual(
      document.epcisBody.eventList.map((e) => e.bizStep),
      ["commissioning", "shipping"],
    );
  });
});

test("csvRecord quotes per RFC 4180 and defuses spreadsheet formulas", () => {
  assert.equal(
    csvRecord(["plain", 'a "quote"', "a,b", "line\nbreak", 4.5]),
    'plain,"a ""quote""","a,b","line\nbreak",4.5\r\n',
  );
  assert.equal(csvRecord(["=HYPERLINK(1)", "-2", "@x"]), "'=HYPERLINK(1),'-2,'@x\r\n");
});
