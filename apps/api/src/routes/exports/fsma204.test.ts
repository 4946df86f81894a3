import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { before, describe, test } from "node:test";
import { computeCheckDigit } from "@tracemark/sdk";
import ExcelJS from "exceljs";
import {
  type Cte,
  FSMA204_BIZ_STEPS,
  FSMA204_COLUMNS,
  FSMA204_KDES,
  FSMA204_PARAGRAPHS,
  FSMA204_VARIANT_KDES,
  type Fsma204Column,
  type Fsma204Variant,
} from "../../services/exports/fsma204Kdes.ts";
import { isSprouts } from "../../services/exports/fsma204Rows.ts";
import { call } from "../../testing/actors.ts";
import { createProductLot } from "../../testing/events.ts";
import { parseCsv } from "../../testing/parseCsv.ts";
import { recordEvent } from "../../testing/recordFixtures.ts";
import { testAppWithActors } from "../../testing/suite.ts";

const withCheck = (base: string) => `${base}${computeCheckDigit(base)}`;
const ROMAINE = withCheck("0952012345101");
const CARTON = withCheck("0952012345102");
const SALAD = withCheck("0952012345103");
const TUNA = withCheck("0952012345104");
const SPROUTS = withCheck("0952012345105");
const CUCUMBER = withCheck("0952012345106");
const EGGS = withCheck("0952012345107");
const CHOPPED = withCheck("0952012345108");
const GLN_SMALL_FARM = withCheck("952012300301");
const GLN_EGG_FARM = withCheck("952012300302");
const GLN_A = withCheck("952012300101");
const GLN_FIELD = withCheck("952012300102");
const GLN_COOLER = withCheck("952012300103");
const GLN_PACK = withCheck("952012300104");
const GLN_DOCK = withCheck("952012300105");
const GLN_B = withCheck("952012300201");

/** The README's sample export, between these markers, is this test's output (WRITE_FSMA204_SAMPLE=1 rewrites it). */
const README = new URL("../../../../../README.md", import.meta.url);
const SAMPLE_START = "<!-- fsma204-sample:start (written by apps/api/src/routes/exports/fsma204.test.ts) -->";
const SAMPLE_END = "<!-- fsma204-sample:end -->";

type Row = Record<Fsma204Column, string>;
const rowsOf = (csv: string): Row[] => {
  const [header, ...records] = parseCsv(csv);
  assert.deepEqual(header, [...FSMA204_COLUMNS]);
  // csvRecord defuses formulas with a leading ' (a phone number "+1 …" would be one): read it back.
  const unquote = (field: string) => (/^'[=+\-@\t\r]/.test(field) ? field.slice(1) : field);
  return records.map(
    (r) => Object.fromEntries(FSMA204_COLUMNS.map((c, i) => [c, unquote(r[i] ?? "")])) as Row,
  );
};

/**
 * Each CTE's KDEs as 21 CFR Part 1 Subpart S lists them, paragraph by paragraph (the rule's words
 * shortened in the labels; text read from eCFR copies, docs/fsma204.md), mapped to the
 * spreadsheet's columns; then the lists that replace or extend a CTE's (sprouts, exempt sources).
 */
const RULE: Record<Cte | Fsma204Variant, [string, Fsma204Column[]][]> = {
  Harvesting: [
    // § 1.1325(a)(1): records linked to the harvested food
    [
      "1.1325(a)(1)(i) location description for the immediate subsequent recipient",
      ["Immediate Subsequent Recipient Location Description"],
    ],
    ["1.1325(a)(1)(ii) commodity and, if applicable, variety", ["Commodity", "Variety"]],
    ["1.1325(a)(1)(iii) quantity and unit of measure", ["Quantity", "Unit of Measure"]],
    [
      "1.1325(a)(1)(iv) location description for the farm where harvested",
      ["Event Location Description", "Harvest Location Description"],
    ],
    ["1.1325(a)(1)(v) produce: name of the field or other growing area", ["Field or Growing Area Name"]],
    ["1.1325(a)(1)(vi) aquaculture: name of the container", ["Aquaculture Container Name"]],
    ["1.1325(a)(1)(vii) date of harvesting", ["Event Date", "Harvest Date"]],
    [
      "1.1325(a)(1)(viii) reference document type and number",
      ["Reference Document Type", "Reference Document Number"],
    ],
    [
      "1.1325(a)(2) business name and phone number (given to the initial packer)",
      ["Harvester Business Name", "Harvester Phone Number"],
    ],
  ],
  Cooling: [
    [
      "1.1325(b)(1)(i) location description for the immediate subsequent recipient",
      ["Immediate Subsequent Recipient Location Description"],
    ],
    ["1.1325(b)(1)(ii) commodity and, if applicable, variety", ["Commodity", "Variety"]],
    ["1.1325(b)(1)(iii) quantity and unit of measure", ["Quantity", "Unit of Measure"]],
    [
      "1.1325(b)(1)(iv) location description for where you cooled the food",
      ["Event Location Description", "Cooling Location Description"],
    ],
    ["1.1325(b)(1)(v) date of cooling", ["Event Date", "Cooling Date"]],
    ["1.1325(b)(1)(vi) location description for the farm where harvested", ["Harvest Location Description"]],
    [
      "1.1325(b)(1)(vii) reference document type and number",
      ["Reference Document Type", "Reference Document Number"],
    ],
  ],
  "Initial Packing": [
    ["1.1330(a)(1) commodity and variety of the food received", ["Commodity", "Variety"]],
    ["1.1330(a)(2) date you received the food", ["Date Received"]],
    [
      "1.1330(a)(3) quantity and unit of measure of the food received",
      ["Quantity Received", "Unit of Measure Received"],
    ],
    ["1.1330(a)(4) location description for the farm where harvested", ["Harvest Location Description"]],
    ["1.1330(a)(5) produce: field or other growing area name", ["Field or Growing Area Name"]],
    ["1.1330(a)(6) aquaculture: container name", ["Aquaculture Container Name"]],
    [
      "1.1330(a)(7) business name and phone number for the harvester",
      ["Harvester Business Name", "Harvester Phone Number"],
    ],
    ["1.1330(a)(8) date of harvesting", ["Harvest Date"]],
    ["1.1330(a)(9) location description for where the food was cooled", ["Cooling Location Description"]],
    ["1.1330(a)(10) date of cooling", ["Cooling Date"]],
    ["1.1330(a)(11) traceability lot code you assigned", ["Traceability Lot Code"]],
    ["1.1330(a)(12) product description of the packed food", ["Product Description"]],
    ["1.1330(a)(13) quantity and unit of measure of the packed food", ["Quantity", "Unit of Measure"]],
    [
      "1.1330(a)(14) location description where you initially packed (the TLC source), and the TLC source reference",
      [
        "Event Location Description",
        "Traceability Lot Code Source Location Description",
        "Traceability Lot Code Source Reference",
      ],
    ],
    ["1.1330(a)(15) date of initial packing", ["Event Date"]],
    [
      "1.1330(a)(16) reference document type and number",
      ["Reference Document Type", "Reference Document Number"],
    ],
  ],
  "First Land-Based Receiving": [
    ["1.1335(a) traceability lot code you assigned", ["Traceability Lot Code"]],
    [
      "1.1335(b) species and/or acceptable market name, or product description",
      ["Commodity", "Product Description"],
    ],
    ["1.1335(c) quantity and unit of measure", ["Quantity", "Unit of Measure"]],
    ["1.1335(d) harvest date range and locations for the trip", ["Harvest Date", "Harvest Area (Fishing)"]],
    [
      "1.1335(e) location description for the first land-based receiver (the TLC source), and the TLC source reference",
      [
        "Event Location Description",
        "Traceability Lot Code Source Location Description",
        "Traceability Lot Code Source Reference",
      ],
    ],
    ["1.1335(f) date the food was landed", ["Event Date"]],
    [
      "1.1335(g) reference document type and number",
      ["Reference Document Type", "Reference Document Number"],
    ],
  ],
  Shipping: [
    ["1.1340(a)(1) traceability lot code", ["Traceability Lot Code"]],
    ["1.1340(a)(2) quantity and unit of measure", ["Quantity", "Unit of Measure"]],
    ["1.1340(a)(3) product description", ["Product Description"]],
    [
      "1.1340(a)(4) location description for the immediate subsequent recipient",
      ["Immediate Subsequent Recipient Location Description"],
    ],
    [
      "1.1340(a)(5) location description for the location from which you shipped",
      ["Event Location Description"],
    ],
    ["1.1340(a)(6) date you shipped the food", ["Event Date"]],
    [
      "1.1340(a)(7) location description for the TLC source, or the TLC source reference",
      ["Traceability Lot Code Source Location Description", "Traceability Lot Code Source Reference"],
    ],
    [
      "1.1340(a)(8) reference document type and number",
      ["Reference Document Type", "Reference Document Number"],
    ],
  ],
  Receiving: [
    ["1.1345(a)(1) traceability lot code", ["Traceability Lot Code"]],
    ["1.1345(a)(2) quantity and unit of measure", ["Quantity", "Unit of Measure"]],
    ["1.1345(a)(3) product description", ["Product Description"]],
    [
      "1.1345(a)(4) location description for the immediate previous source",
      ["Immediate Previous Source Location Description"],
    ],
    ["1.1345(a)(5) location description for where the food was received", ["Event Location Description"]],
    ["1.1345(a)(6) date you received the food", ["Event Date"]],
    [
      "1.1345(a)(7) location description for the TLC source, or the TLC source reference",
      ["Traceability Lot Code Source Location Description", "Traceability Lot Code Source Reference"],
    ],
    [
      "1.1345(a)(8) reference document type and number",
      ["Reference Document Type", "Reference Document Number"],
    ],
  ],
  Transformation: [
    // (a)(1) for the food(s) used: TLC, product description, quantity and unit of measure
    ["1.1350(a)(1)(i) / (a)(2)(i) traceability lot code (used / new)", ["Traceability Lot Code"]],
    ["1.1350(a)(1)(ii) / (a)(2)(iv) product description", ["Product Description"]],
    ["1.1350(a)(1)(iii) / (a)(2)(v) quantity and unit of measure", ["Quantity", "Unit of Measure"]],
    [
      "1.1350(a)(2)(ii) location description where you transformed (the TLC source), and the TLC source reference",
      [
        "Event Location Description",
        "Traceability Lot Code Source Location Description",
        "Traceability Lot Code Source Reference",
      ],
    ],
    ["1.1350(a)(2)(iii) date transformation was completed", ["Event Date"]],
    [
      "1.1350(a)(2)(vi) reference document type and number",
      ["Reference Document Type", "Reference Document Number"],
    ],
  ],
  // § 1.1330(b): for sprouts, also kept by the initial packer
  "1.1330(b)": [
    [
      "1.1330(b)(1) location description for the grower of seeds for sprouting, date of seed harvesting",
      ["Seed Grower Location Description", "Seed Harvest Date"],
    ],
    [
      "1.1330(b)(2) seed conditioner or processor: location description, seed lot code, date",
      [
        "Seed Conditioner or Processor Location Description",
        "Seed Conditioner or Processor Lot Code",
        "Seed Conditioning or Processing Date",
      ],
    ],
    [
      "1.1330(b)(3) seed packinghouse: location description, date of packing, seed lot code",
      ["Seed Packinghouse Location Description", "Seed Packing Date", "Seed Packinghouse Lot Code"],
    ],
    [
      "1.1330(b)(4) seed supplier: location description, its seed lot code; the sprouter's new seed lot code",
      ["Seed Supplier Location Description", "Seed Supplier Lot Code", "Sprouter Seed Lot Code"],
    ],
    ["1.1330(b)(5) description of the seeds", ["Seed Description"]],
    ["1.1330(b)(6) date the sprouter received the seeds", ["Seed Receipt Date"]],
    [
      "1.1330(b)(7) reference document type and number",
      ["Reference Document Type", "Reference Document Number"],
    ],
  ],
  // § 1.1330(c): initial packing of food received from a person to whom the subpart does not apply
  "1.1330(c)": [
    ["1.1330(c)(1) commodity and variety of the food received", ["Commodity", "Variety"]],
    ["1.1330(c)(2) date you received the food", ["Date Received"]],
    [
      "1.1330(c)(3) quantity and unit of measure of the food received",
      ["Quantity Received", "Unit of Measure Received"],
    ],
    [
      "1.1330(c)(4) location description for the person from whom you received the food",
      ["Immediate Previous Source Location Description"],
    ],
    ["1.1330(c)(5) traceability lot code you assigned", ["Traceability Lot Code"]],
    ["1.1330(c)(6) product description of the packed food", ["Product Description"]],
    ["1.1330(c)(7) quantity and unit of measure of the packed food", ["Quantity", "Unit of Measure"]],
    [
      "1.1330(c)(8) location description where you initially packed (the TLC source), and the TLC source reference",
      [
        "Event Location Description",
        "Traceability Lot Code Source Location Description",
        "Traceability Lot Code Source Reference",
      ],
    ],
    ["1.1330(c)(9) date of initial packing", ["Event Date"]],
    [
      "1.1330(c)(10) reference document type and number",
      ["Reference Document Type", "Reference Document Number"],
    ],
  ],
  // § 1.1345(b): receiving from a person to whom the subpart does not apply
  "1.1345(b)": [
    ["1.1345(b)(1) traceability lot code (assigned by you if none was)", ["Traceability Lot Code"]],
    ["1.1345(b)(2) quantity and unit of measure", ["Quantity", "Unit of Measure"]],
    ["1.1345(b)(3) product description", ["Product Description"]],
    [
      "1.1345(b)(4) location description for the immediate previous source",
      ["Immediate Previous Source Location Description"],
    ],
    [
      "1.1345(b)(5) location description where received (the TLC source), and the TLC source reference",
      [
        "Event Location Description",
        "Traceability Lot Code Source Location Description",
        "Traceability Lot Code Source Reference",
      ],
    ],
    ["1.1345(b)(6) date you received the food", ["Event Date"]],
    [
      "1.1345(b)(7) reference document type and number",
      ["Reference Document Type", "Reference Document Number"],
    ],
  ],
};

const CONTEXT: Fsma204Column[] = [
  "Critical Tracking Event",
  "KDE Paragraphs",
  "Input or Output",
  "EPCIS Event ID",
];

describe("FSMA 204 export: every KDE of every CTE (21 CFR 1.1325–1.1350)", () => {
  const { t, a } = testAppWithActors();
  let rowsA: Row[] = [];
  let rowsB: Row[] = [];
  let csvA = "";
  const ids: Record<string, string> = {};

  const post = (who: "A" | "B", body: Record<string, unknown>) =>
    recordEvent(t, who === "A" ? a.orgA : a.orgB, body);

  before(async () => {
    const A = a.orgA.id;
    const B = a.orgB.id;
    await t.db.prisma.organization.update({ where: { id: A }, data: { name: "Salinas Greens", gln: GLN_A } });
    await t.db.prisma.organization.update({
      where: { id: B },
      data: { name: "Denver Fresh Cuts", gln: GLN_B },
    });
    const product = async (
      org: string,
      gtin: string,
      name: string,
      lotCode: string,
      commodity: string,
      variety?: string,
    ) => {
      const { lot } = await createProductLot(t.db, org, { gtin, name, lotCode });
      await t.db.prisma.product.update({ where: { gtin }, data: { commodity, variety: variety ?? null } });
      return lot.id;
    };
    ids.harvest = await product(
      A,
      ROMAINE,
      "Romaine lettuce, field run",
      "H-0312",
      "Romaine lettuce",
      "Green Forest",
    );
    ids.carton = await product(
      A,
      CARTON,
      "Romaine hearts, 24 ct carton",
      "RH-0312",
      "Romaine lettuce",
      "Green Forest",
    );
    ids.tuna = await product(
      A,
      TUNA,
      "Yellowfin tuna, whole, fresh",
      "YF-0901",
      "Yellowfin tuna (Thunnus albacares)",
    );
    ids.salad = await product(B, SALAD, "Chopped romaine salad 12 oz", "CS-0315", "Romaine lettuce");
    const location = async (org: string, data: Record<string, unknown>) =>
      (
        await t.db.prisma.location.create({
          data: { organizationId: org, country: "US", ...(data as { name: string }) },
        })
      ).id;
    ids.field = await location(A, {
      gln: GLN_FIELD,
      name: "Ranch 4",
      street: "2100 River Rd",
      city: "Salinas",
      postalCode: "93908",
      region: "CA",
      phone: "+1 831 555 0100",
      fieldName: "Block 12",
    });
    ids.cooler = await location(A, {
      gln: GLN_COOLER,
      name: "Vacuum cooler",
      street: "40 Abbott St",
      city: "Salinas",
      postalCode: "93901",
      region: "CA",
      phone: "+1 831 555 0110",
    });
    ids.pack = await location(A, {
      gln: GLN_PACK,
      name: "Packhouse",
      street: "40 Abbott St",
      city: "Salinas",
      postalCode: "93901",
      region: "CA",
      phone: "+1 831 555 0120",
    });
    ids.dock = await location(A, {
      gln: GLN_DOCK,
      name: "Hilo dock",
      street: "Pier 1",
      city: "Hilo",
      postalCode: "96720",
      region: "HI",
      phone: "+1 808 555 0130",
    });
    ids.dc = await location(B, {
      gln: GLN_B,
      name: "Denver DC",
      street: "5000 Brighton Blvd",
      city: "Denver",
      postalCode: "80216",
      region: "CO",
      phone: "+1 303 555 0200",
    });

    const bol = Buffer.from("%PDF-1.4 bill of lading BOL-4471");
    const upload = await t.app.inject({
      method: "POST",
      url: `/orgs/${A}/documents?fileName=BOL-4471.pdf`,
      headers: { ...a.orgA.users.operator.headers, "content-type": "application/pdf" },
      payload: bol,
    });
    assert.ok([200, 201].includes(upload.statusCode), upload.body);
    const bolSha256 = createHash("sha256").update(bol).digest("hex");

    const at = (day: string, hour = "08") => `2026-03-${day}T${hour}:00:00.000-08:00`;
    // Ranch 4's field and its harvester, as the packer and the fresh-cut processor record them.
    const ranch4Harvester = {
      harvestLocation: "Salinas Greens, Ranch 4, 2100 River Rd, 93908 Salinas, CA, US",
      fieldName: "Block 12",
      harvesterBusinessName: "Salinas Greens",
      harvesterPhone: "+1 831 555 0100",
    };
    await post("A", {
      type: "object",
      action: "OBSERVE",
      bizStep: FSMA204_BIZ_STEPS.harvesting,
      eventTime: at("12", "06"),
      lot: { id: ids.harvest },
      quantity: { value: 2000, unit: "KGM" },
      bizLocation: { locationId: ids.field },
      destinations: [{ type: "location", locationId: ids.cooler }],
      bizTransactions: [{ type: "desadv", id: "urn:epcglobal:cbv:bt:9520123001011:HT-100" }],
    });
    await post("A", {
      type: "object",
      action: "OBSERVE",
      bizStep: FSMA204_BIZ_STEPS.cooling,
      eventTime: at("12", "10"),
      lot: { id: ids.harvest },
      quantity: { value: 2000, unit: "KGM" },
      bizLocation: { locationId: ids.cooler },
      destinations: [{ type: "location", locationId: ids.pack }],
      fsma204: { harvestLocation: "Salinas Greens, Ranch 4, 2100 River Rd, 93908 Salinas, CA, US" },
    });
    await post("A", {
      type: "object",
      action: "ADD",
      bizStep: FSMA204_BIZ_STEPS.initialPacking,
      eventTime: at("12", "14"),
      lot: { id: ids.carton },
      quantity: { value: 400, unit: "CA" },
      bizLocation: { locationId: ids.pack },
      fsma204: {
        receivedDate: "2026-03-12",
        receivedQuantity: 2000,
        receivedUnit: "KGM",
        ...ranch4Harvester,
        harvestDate: "2026-03-12",
        coolingLocation: "Salinas Greens, Vacuum cooler, 40 Abbott St, 93901 Salinas, CA, US",
        coolingDate: "2026-03-12",
        tlcSourceReference: "FDA FFRN 12345678901",
      },
      bizTransactions: [{ type: "prodorder", id: "urn:epcglobal:cbv:bt:9520123001011:PK-77" }],
    });
    await post("A", {
      type: "object",
      action: "OBSERVE",
      bizStep: "shipping",
      eventTime: at("13"),
      lot: { id: ids.carton },
      quantity: { value: 200, unit: "CA" },
      bizLocation: { locationId: ids.pack },
      destinations: [{ type: "owning_party", gln: GLN_B }],
      bizTransactions: [{ type: "bol", id: "urn:epcglobal:cbv:bt:9520123001011:BOL-4471" }],
      documents: [bolSha256],
    });
    await post("A", {
      type: "object",
      action: "ADD",
      bizStep: FSMA204_BIZ_STEPS.firstLandBasedReceiving,
      eventTime: at("09", "05"),
      lot: { id: ids.tuna },
      quantity: { value: 300, unit: "KGM" },
      bizLocation: { locationId: ids.dock },
      fsma204: {
        harvestDate: "2026-03-02",
        harvestEndDate: "2026-03-07",
        fishingArea: "FAO Major Fishing Area 77",
      },
      bizTransactions: [{ type: "inv", id: "urn:epcglobal:cbv:bt:9520123001011:LAND-9" }],
    });
    // Not critical tracking events: no rows.
    await post("A", {
      type: "object",
      action: "ADD",
      bizStep: "commissioning",
      eventTime: at("11"),
      lot: { id: ids.harvest },
      bizLocation: { locationId: ids.field },
    });
    await post("A", {
      type: "object",
      action: "OBSERVE",
      bizStep: "inspecting",
      eventTime: at("12", "12"),
      lot: { id: ids.carton },
    });
    await post("B", {
      type: "object",
      action: "OBSERVE",
      bizStep: "receiving",
      eventTime: at("14"),
      lot: { gtin: CARTON, lotCode: "RH-0312" },
      quantity: { value: 200, unit: "CA" },
      bizLocation: { locationId: ids.dc },
      sources: [
        { type: "owning_party", gln: GLN_A },
        { type: "location", gln: GLN_PACK },
      ],
      bizTransactions: [{ type: "bol", id: "urn:epcglobal:cbv:bt:9520123001011:BOL-4471" }],
    });
    await post("B", {
      type: "transformation",
      eventTime: at("15"),
      inputs: [{ lot: { gtin: CARTON, lotCode: "RH-0312" }, quantity: { value: 50, unit: "CA" } }],
      outputs: [{ lot: { id: ids.salad }, quantity: { value: 1200, unit: "EA" } }],
      bizLocation: { locationId: ids.dc },
      bizTransactions: [{ type: "prodorder", id: "urn:epcglobal:cbv:bt:9520123002011:WO-15" }],
    });
    // Sprouts (§ 1.1330(b)): the initial packer also keeps the seeds' KDEs.
    ids.sprouts = await product(A, SPROUTS, "Alfalfa sprouts, 4 oz clamshell", "AS-0320", "Alfalfa sprouts");
    await post("A", {
      type: "object",
      action: "ADD",
      bizStep: FSMA204_BIZ_STEPS.initialPacking,
      eventTime: at("20"),
      lot: { id: ids.sprouts },
      quantity: { value: 600, unit: "EA" },
      bizLocation: { locationId: ids.pack },
      fsma204: {
        receivedDate: "2026-03-20",
        receivedQuantity: 90,
        receivedUnit: "KGM",
        harvestLocation: "Salinas Greens, Packhouse sprouting room, 40 Abbott St, 93901 Salinas, CA, US",
        harvesterBusinessName: "Salinas Greens",
        harvesterPhone: "+1 831 555 0120",
        harvestDate: "2026-03-20",
        seedGrowerLocation: "Idaho Seed Farms, 10 Seed Ln, 83318 Burley, ID, US, phone +1 208 555 0300",
        seedHarvestDate: "2025-08-30",
        seedConditionerLocation: "Snake River Conditioning, 5 Mill Rd, 83318 Burley, ID, US",
        seedConditionerLotCode: "SRC-2291",
        seedConditioningDate: "2025-09-15",
        seedPackinghouseLocation: "Snake River Conditioning, 5 Mill Rd, 83318 Burley, ID, US",
        seedPackingDate: "2025-09-20",
        seedPackinghouseLotCode: "SRP-2291-4",
        seedSupplierLocation: "Sprout Seed Supply, 77 Market St, 94103 San Francisco, CA, US",
        seedSupplierLotCode: "M-2291/S-04",
        sprouterSeedLotCode: "SG-SEED-0318",
        seedDescription: "Medicago sativa, organic, 25 kg bag, no antimicrobial treatment",
        seedReceivedDate: "2026-03-02",
      },
      bizTransactions: [{ type: "prodorder", id: "urn:epcglobal:cbv:bt:9520123001011:PK-80" }],
    });
    // § 1.1330(c): cucumbers from a farm the rule does not apply to; the packer assigns the code.
    ids.cucumber = await product(
      A,
      CUCUMBER,
      "Cucumbers, 24 ct carton",
      "CU-0321",
      "Cucumbers",
      "Marketmore",
    );
    await post("A", {
      type: "object",
      action: "ADD",
      bizStep: FSMA204_BIZ_STEPS.initialPacking,
      eventTime: at("21"),
      lot: { id: ids.cucumber },
      quantity: { value: 120, unit: "CA" },
      bizLocation: { locationId: ids.pack },
      sources: [{ type: "location", gln: GLN_SMALL_FARM }],
      fsma204: {
        sourceExempt: true,
        receivedDate: "2026-03-21",
        receivedQuantity: 1500,
        receivedUnit: "LBR",
        harvestDate: "2026-03-20",
      },
      bizTransactions: [{ type: "po", id: "urn:epcglobal:cbv:bt:9520123001011:PO-31" }],
    });
    // § 1.1350(b): field-run romaine chopped without having been packed first.
    ids.chopped = await product(A, CHOPPED, "Chopped romaine, 5 lb bag", "CR-0323", "Romaine lettuce");
    await post("A", {
      type: "transformation",
      eventTime: at("23"),
      inputs: [{ lot: { id: ids.harvest }, quantity: { value: 500, unit: "KGM" } }],
      outputs: [{ lot: { id: ids.chopped }, quantity: { value: 200, unit: "EA" } }],
      bizLocation: { locationId: ids.pack },
      fsma204: {
        notInitiallyPacked: true,
        receivedDate: "2026-03-23",
        receivedQuantity: 500,
        receivedUnit: "KGM",
        ...ranch4Harvester,
        harvestDate: "2026-03-22",
      },
      bizTransactions: [{ type: "prodorder", id: "urn:epcglobal:cbv:bt:9520123001011:WO-23" }],
    });
    // § 1.1345(b): B receives eggs from a farm the rule does not apply to and assigns the code.
    ids.eggs = await product(B, EGGS, "Shell eggs, large, 15 dozen case", "EG-0322", "Shell eggs");
    // Recorded as an observation: the rule, not the action, makes the receiving location the source.
    await post("B", {
      type: "object",
      action: "OBSERVE",
      bizStep: "receiving",
      eventTime: at("22"),
      lot: { id: ids.eggs },
      quantity: { value: 40, unit: "CA" },
      bizLocation: { locationId: ids.dc },
      sources: [{ type: "owning_party", gln: GLN_EGG_FARM }],
      fsma204: { sourceExempt: true, tlcSourceReference: "https://denverfresh.example/tlc" },
      bizTransactions: [{ type: "inv", id: "urn:epcglobal:cbv:bt:9520123002011:INV-22" }],
    });
    const exportOf = async (org: "A" | "B", query: string) => {
      const o = org === "A" ? a.orgA : a.orgB;
      const response = await call(t.app, o.users.viewer, "GET", `/orgs/${o.id}/exports/fsma204?${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.body;
    };
    csvA = await exportOf("A", "from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z");
    rowsA = rowsOf(csvA);
    rowsB = rowsOf(await exportOf("B", "from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z"));
  });

  const rowOf = (cte: Cte, io = "") => {
    const row = [...rowsA, ...rowsB].find(
      (r) => r["Critical Tracking Event"] === cte && r["Input or Output"] === io,
    );
    assert.ok(row, `a ${cte} row`);
    return row;
  };
  /**
   * Each list's KDE columns are the rule's, in its order; the row names the lists' paragraphs and
   * every KDE column of its row the lists do not have is empty. `lists` defaults to the CTE's own;
   * a variant (sprouts, an exempt source) names its paragraph instead of, or beside, the CTE's.
   */
  const checkAgainstRule = (
    cte: Cte,
    row: Row,
    only?: (paragraph: string) => boolean,
    lists: (Cte | Fsma204Variant)[] = [cte],
  ) => {
    const kdesOf = (list: Cte | Fsma204Variant) =>
      list in FSMA204_VARIANT_KDES ? FSMA204_VARIANT_KDES[list as Fsma204Variant] : FSMA204_KDES[list as Cte];
    for (const list of lists) {
      assert.deepEqual(
        kdesOf(list).map(([column]) => column),
        RULE[list].flatMap(([, columns]) => columns),
        `${list}: the KDE columns, in the rule's order`,
      );
    }
    assert.equal(
      row["KDE Paragraphs"],
      lists
        .map((list) => `21 CFR ${list in FSMA204_VARIANT_KDES ? list : FSMA204_PARAGRAPHS[list as Cte]}`)
        .join("; "),
    );
    const allowed = new Set(
      lists
        .flatMap((list) => kdesOf(list))
        .filter(([, paragraph]) => !only || only(paragraph))
        .map(([column]) => column),
    );
    for (const column of FSMA204_COLUMNS) {
      if (CONTEXT.includes(column) || allowed.has(column)) continue;
      assert.equal(row[column], "", `${cte} (${lists.join(", ")}): ${column} is not one of its KDEs`);
    }
  };

  test("Harvesting (§ 1.1325(a))", () => {
    const row = rowOf("Harvesting");
    checkAgainstRule("Harvesting", row);
    const farm = `Salinas Greens, Ranch 4, 2100 River Rd, 93908 Salinas, CA, US, phone +1 831 555 0100, GLN ${GLN_FIELD}`;
    assert.deepEqual(
      {
        tlc: row["Traceability Lot Code"],
        isr: row["Immediate Subsequent Recipient Location Description"],
        commodity: row.Commodity,
        variety: row.Variety,
        quantity: `${row.Quantity} ${row["Unit of Measure"]}`,
        farm: row["Event Location Description"],
        harvestFarm: row["Harvest Location Description"],
        field: row["Field or Growing Area Name"],
        date: row["Event Date"],
        harvestDate: row["Harvest Date"],
        document: `${row["Reference Document Type"]} ${row["Reference Document Number"]}`,
        harvester: `${row["Harvester Business Name"]} ${row["Harvester Phone Number"]}`,
      },
      {
        tlc: "",
        isr: `Salinas Greens, Vacuum cooler, 40 Abbott St, 93901 Salinas, CA, US, phone +1 831 555 0110, GLN ${GLN_COOLER}`,
        commodity: "Romaine lettuce",
        variety: "Green Forest",
        quantity: "2000 KGM",
        farm,
        harvestFarm: farm,
        field: "Block 12",
        date: "2026-03-12",
        harvestDate: "2026-03-12",
        document: "Despatch Advice HT-100",
        harvester: "Salinas Greens +1 831 555 0100",
      },
    );
  });

  test("Cooling (§ 1.1325(b))", () => {
    const row = rowOf("Cooling");
    checkAgainstRule("Cooling", row);
    assert.match(
      row["Immediate Subsequent Recipient Location Description"],
      /^Salinas Greens, Packhouse, .*phone \+1 831 555 0120/,
    );
    assert.match(row["Cooling Location Description"], /^Salinas Greens, Vacuum cooler, 40 Abbott St/);
    assert.equal(row["Event Location Description"], row["Cooling Location Description"]);
    assert.equal(row["Cooling Date"], "2026-03-12");
    assert.equal(
      row["Harvest Location Description"],
      "Salinas Greens, Ranch 4, 2100 River Rd, 93908 Salinas, CA, US",
      "§ 1.1325(b)(1)(vi): the farm where the food was harvested",
    );
    assert.equal(`${row.Commodity} / ${row.Variety}`, "Romaine lettuce / Green Forest");
  });

  test("Initial packing (§ 1.1330(a)), with the received food's KDEs and the lot code source", () => {
    const row = rowOf("Initial Packing");
    checkAgainstRule("Initial Packing", row);
    assert.deepEqual(
      [
        row["Traceability Lot Code"],
        row["Product Description"],
        `${row.Quantity} ${row["Unit of Measure"]}`,
        row["Date Received"],
        `${row["Quantity Received"]} ${row["Unit of Measure Received"]}`,
        row["Field or Growing Area Name"],
        `${row["Harvester Business Name"]}, ${row["Harvester Phone Number"]}`,
        row["Harvest Date"],
        row["Cooling Date"],
        row["Traceability Lot Code Source Reference"],
        `${row["Reference Document Type"]} ${row["Reference Document Number"]}`,
      ],
      [
        "RH-0312",
        "Romaine hearts, 24 ct carton",
        "400 CA",
        "2026-03-12",
        "2000 KGM",
        "Block 12",
        "Salinas Greens, +1 831 555 0100",
        "2026-03-12",
        "2026-03-12",
        "FDA FFRN 12345678901",
        "Production Order PK-77",
      ],
    );
    assert.match(row["Harvest Location Description"], /Ranch 4/);
    assert.match(row["Cooling Location Description"], /Vacuum cooler/);
    assert.match(
      row["Traceability Lot Code Source Location Description"],
      /^Salinas Greens, Packhouse, 40 Abbott St/,
    );
  });

  test("First land-based receiving (§ 1.1335): the trip's harvest dates and fishing area", () => {
    const row = rowOf("First Land-Based Receiving");
    checkAgainstRule("First Land-Based Receiving", row);
    assert.equal(row["Traceability Lot Code"], "YF-0901");
    assert.equal(row.Commodity, "Yellowfin tuna (Thunnus albacares)");
    assert.equal(row["Harvest Date"], "2026-03-02/2026-03-07");
    assert.equal(row["Harvest Area (Fishing)"], "FAO Major Fishing Area 77");
    assert.equal(row["Event Date"], "2026-03-09");
    assert.match(
      row["Traceability Lot Code Source Location Description"],
      /^Salinas Greens, Hilo dock, Pier 1/,
    );
  });

  test("Shipping (§ 1.1340): the recipient as a location description, the bill of lading, the attached copy", () => {
    const row = rowOf("Shipping");
    checkAgainstRule("Shipping", row);
    assert.equal(
      row["Immediate Subsequent Recipient Location Description"],
      `Denver Fresh Cuts, Denver DC, 5000 Brighton Blvd, 80216 Denver, CO, US, phone +1 303 555 0200, GLN ${GLN_B}`,
    );
    assert.match(row["Event Location Description"], /^Salinas Greens, Packhouse/);
    assert.equal(row["Reference Document Type"], "Bill of Lading; Attached document");
    assert.equal(row["Reference Document Number"], "BOL-4471; BOL-4471.pdf");
    assert.match(
      row["Traceability Lot Code Source Location Description"],
      /^Salinas Greens, Packhouse/,
      "where the lot code was assigned (the initial packing), not the organisation",
    );
  });

  test("Receiving (§ 1.1345): the previous source and the lot code source the shipper assigned", () => {
    const row = rowOf("Receiving");
    checkAgainstRule("Receiving", row);
    assert.equal(row["Traceability Lot Code"], "RH-0312");
    assert.match(row["Immediate Previous Source Location Description"], /^Salinas Greens, Packhouse, .*GLN/);
    assert.match(row["Event Location Description"], /^Denver Fresh Cuts, Denver DC/);
    assert.match(
      row["Traceability Lot Code Source Location Description"],
      /^Salinas Greens, Packhouse, 40 Abbott St/,
      "the receiver sees where its supplier assigned the code",
    );
    assert.equal(row["Reference Document Type"], "Bill of Lading");
  });

  test("Transformation (§ 1.1350): the food used and the new food", () => {
    const inB = (io: string) =>
      rowsB.find((r) => r["Critical Tracking Event"] === "Transformation" && r["Input or Output"] === io);
    const input = inB("Input");
    assert.ok(input);
    checkAgainstRule("Transformation", input, (paragraph) => paragraph.startsWith("1.1350(a)(1)"));
    assert.deepEqual(
      [
        input["Traceability Lot Code"],
        input["Product Description"],
        input.Quantity,
        input["Unit of Measure"],
      ],
      ["RH-0312", "Romaine hearts, 24 ct carton", "50", "CA"],
    );
    const output = inB("Output");
    assert.ok(output);
    checkAgainstRule("Transformation", output);
    assert.equal(output["Traceability Lot Code"], "CS-0315");
    assert.match(
      output["Traceability Lot Code Source Location Description"],
      /^Denver Fresh Cuts, Denver DC/,
    );
    assert.equal(output["Event Date"], "2026-03-15");
    assert.equal(
      `${output["Reference Document Type"]} ${output["Reference Document Number"]}`,
      "Production Order WO-15",
    );
  });

  test("Initial packing of sprouts (§ 1.1330(a) and (b)): the seeds' KDEs", () => {
    const row = rowsA.find((r) => r["Traceability Lot Code"] === "AS-0320");
    assert.ok(row);
    checkAgainstRule("Initial Packing", row, undefined, ["Initial Packing", "1.1330(b)"]);
    assert.deepEqual(
      [
        row["Seed Grower Location Description"],
        row["Seed Harvest Date"],
        `${row["Seed Conditioner or Processor Lot Code"]} ${row["Seed Conditioning or Processing Date"]}`,
        `${row["Seed Packinghouse Lot Code"]} ${row["Seed Packing Date"]}`,
        row["Seed Supplier Location Description"],
        `${row["Seed Supplier Lot Code"]} ${row["Sprouter Seed Lot Code"]}`,
        row["Seed Description"],
        row["Seed Receipt Date"],
        `${row["Reference Document Type"]} ${row["Reference Document Number"]}`,
      ],
      [
        "Idaho Seed Farms, 10 Seed Ln, 83318 Burley, ID, US, phone +1 208 555 0300",
        "2025-08-30",
        "SRC-2291 2025-09-15",
        "SRP-2291-4 2025-09-20",
        "Sprout Seed Supply, 77 Market St, 94103 San Francisco, CA, US",
        "M-2291/S-04 SG-SEED-0318",
        "Medicago sativa, organic, 25 kg bag, no antimicrobial treatment",
        "2026-03-02",
        "Production Order PK-80",
      ],
    );
    assert.match(row["Seed Conditioner or Processor Location Description"], /^Snake River Conditioning/);
    assert.match(row["Seed Packinghouse Location Description"], /^Snake River Conditioning/);
    const romaine = rowOf("Initial Packing");
    assert.equal(romaine["Seed Description"], "", "romaine is no sprouts: no seed columns");
    assert.deepEqual(
      ["Alfalfa sprouts", "Mung bean sprouts", "Sprouted broccoli seeds", "Brussels sprouts", "Romaine"].map(
        isSprouts,
      ),
      [true, true, true, false, false],
    );
  });

  test("Initial packing of food from an exempt source (§ 1.1330(c)): the person received from, no harvest KDEs", () => {
    const row = rowsA.find((r) => r["Traceability Lot Code"] === "CU-0321");
    assert.ok(row);
    checkAgainstRule("Initial Packing", row, undefined, ["1.1330(c)"]);
    assert.deepEqual(
      [
        `${row.Commodity} / ${row.Variety}`,
        row["Date Received"],
        `${row["Quantity Received"]} ${row["Unit of Measure Received"]}`,
        row["Immediate Previous Source Location Description"],
        `${row.Quantity} ${row["Unit of Measure"]}`,
        row["Event Date"],
        `${row["Reference Document Type"]} ${row["Reference Document Number"]}`,
        row["Harvest Date"],
      ],
      [
        "Cucumbers / Marketmore",
        "2026-03-21",
        "1500 LBR",
        `GLN ${GLN_SMALL_FARM}`,
        "120 CA",
        "2026-03-21",
        "Purchase Order PO-31",
        "",
      ],
    );
    assert.match(row["Traceability Lot Code Source Location Description"], /^Salinas Greens, Packhouse/);
  });

  test("Receiving from an exempt source (§ 1.1345(b)): the receiver's location is the lot code source", async () => {
    const row = rowsB.find((r) => r["Traceability Lot Code"] === "EG-0322");
    assert.ok(row);
    checkAgainstRule("Receiving", row, undefined, ["1.1345(b)"]);
    assert.equal(row["Immediate Previous Source Location Description"], `GLN ${GLN_EGG_FARM}`);
    assert.match(row["Event Location Description"], /^Denver Fresh Cuts, Denver DC/);
    assert.equal(
      row["Traceability Lot Code Source Location Description"],
      row["Event Location Description"],
      "§ 1.1345(b)(5): where the food was received is the lot code source",
    );
    assert.equal(row["Traceability Lot Code Source Reference"], "https://denverfresh.example/tlc");
    const ordinary = rowOf("Receiving");
    checkAgainstRule("Receiving", ordinary);
    assert.doesNotMatch(
      ordinary["Traceability Lot Code Source Location Description"],
      /Denver/,
      "an ordinary receiving names where the supplier assigned the code",
    );
  });

  test("Transformation of a raw agricultural commodity not initially packed (§ 1.1350(b)): also § 1.1330(a)", () => {
    const lists: (Cte | Fsma204Variant)[] = ["Transformation", "Initial Packing"];
    const input = rowsA.find(
      (r) => r["Critical Tracking Event"] === "Transformation" && r["Input or Output"] === "Input",
    );
    assert.ok(input);
    checkAgainstRule("Transformation", input, (paragraph) => paragraph.startsWith("1.1350(a)(1)"), lists);
    assert.deepEqual(
      [input["Traceability Lot Code"], `${input.Quantity} ${input["Unit of Measure"]}`, input.Commodity],
      ["H-0312", "500 KGM", ""],
    );
    const output = rowsA.find((r) => r["Traceability Lot Code"] === "CR-0323");
    assert.ok(output);
    checkAgainstRule("Transformation", output, undefined, lists);
    assert.deepEqual(
      [
        `${output.Commodity} ${output["Date Received"]}`,
        `${output["Quantity Received"]} ${output["Unit of Measure Received"]}`,
        output["Field or Growing Area Name"],
        `${output["Harvester Business Name"]}, ${output["Harvester Phone Number"]}`,
        output["Harvest Date"],
        `${output.Quantity} ${output["Unit of Measure"]}`,
        output["Event Date"],
        `${output["Reference Document Type"]} ${output["Reference Document Number"]}`,
      ],
      [
        "Romaine lettuce 2026-03-23",
        "500 KGM",
        "Block 12",
        "Salinas Greens, +1 831 555 0100",
        "2026-03-22",
        "200 EA",
        "2026-03-23",
        "Production Order WO-23",
      ],
    );
    assert.match(output["Harvest Location Description"], /Ranch 4/);
    assert.match(output["Traceability Lot Code Source Location Description"], /^Salinas Greens, Packhouse/);
  });

  test("one row per CTE per lot, in event time order; commissioning and inspecting give none", () => {
    assert.deepEqual(
      rowsA.map((r) => [r["Critical Tracking Event"], r["Traceability Lot Code"] || r.Commodity]),
      [
        ["First Land-Based Receiving", "YF-0901"],
        ["Harvesting", "Romaine lettuce"],
        ["Cooling", "Romaine lettuce"],
        ["Initial Packing", "RH-0312"],
        ["Shipping", "RH-0312"],
        ["Initial Packing", "AS-0320"],
        ["Initial Packing", "CU-0321"],
        ["Transformation", "H-0312"],
        ["Transformation", "CR-0323"],
      ],
    );
    assert.deepEqual(
      rowsB.map((r) => [r["Critical Tracking Event"], r["Traceability Lot Code"], r["Input or Output"]]),
      [
        ["Receiving", "RH-0312", ""],
        ["Transformation", "RH-0312", "Input"],
        ["Transformation", "CS-0315", "Output"],
        ["Receiving", "EG-0322", ""],
      ],
    );
    assert.ok(rowsA.every((r) => r["EPCIS Event ID"].startsWith("ni:///sha-256;")));
  });

  test("by product, by lot, by date range; XLSX has the same rows", async () => {
    const get = (query: string) =>
      call(t.app, a.orgA.users.viewer, "GET", `/orgs/${a.orgA.id}/exports/fsma204?${query}`);
    const product = await t.db.prisma.product.findUniqueOrThrow({ where: { gtin: TUNA } });
    const byProduct = rowsOf((await get(`productId=${product.id}`)).body);
    assert.deepEqual(
      byProduct.map((r) => r["Critical Tracking Event"]),
      ["First Land-Based Receiving"],
    );
    const byLot = rowsOf((await get(`lotId=${ids.carton}`)).body);
    assert.deepEqual(
      byLot.map((r) => r["Critical Tracking Event"]),
      ["Initial Packing", "Shipping"],
    );
    const day = rowsOf((await get("from=2026-03-12T00:00:00-08:00&to=2026-03-13T00:00:00-08:00")).body);
    assert.deepEqual(
      day.map((r) => r["Critical Tracking Event"]),
      ["Harvesting", "Cooling", "Initial Packing"],
    );
    const xlsx = await get("from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z&format=xlsx");
    assert.equal(xlsx.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    assert.ok(sheet);
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), [...FSMA204_COLUMNS]);
    assert.equal(sheet.actualRowCount, 1 + rowsA.length);
    const other = await t.db.prisma.product.findUniqueOrThrow({ where: { gtin: SALAD } });
    const refused = await get(`productId=${other.id}`);
    assert.equal(refused.statusCode, 404, "another organisation's product, never shipped to A");
    assert.match(refused.headers["content-type"] ?? "", /problem\+json/);
    const half = await get("from=2026-03-01T00:00:00Z");
    assert.equal(half.statusCode, 400);
  });

  test("bad KDEs are refused with a problem naming the field, and nothing is stored", async () => {
    const before = await t.db.prisma.event.count();
    const base = {
      type: "object",
      action: "OBSERVE",
      bizStep: FSMA204_BIZ_STEPS.harvesting,
      eventTime: "2026-03-20T06:00:00.000-08:00",
      lot: { id: ids.harvest },
    };
    for (const [body, field] of [
      [{ ...base, fsma204: { harvestDate: "0000-01-01" } }, "body.fsma204.harvestDate"],
      [{ ...base, fsma204: { harvestDate: "2026-02-30" } }, "body.fsma204.harvestDate"],
      [{ ...base, fsma204: { harvesterPhone: "call the farm" } }, "body.fsma204.harvesterPhone"],
      [{ ...base, fsma204: { fieldName: "x".repeat(201) } }, "body.fsma204.fieldName"],
      [{ ...base, fsma204: { harvestZone: "7" } }, "body.fsma204"],
      [{ ...base, fsma204: { seedHarvestDate: "2025-13-01" } }, "body.fsma204.seedHarvestDate"],
      [{ ...base, fsma204: { sourceExempt: "yes" } }, "body.fsma204.sourceExempt"],
      [{ ...base, fsma204: { seedDescription: "x".repeat(501) } }, "body.fsma204.seedDescription"],
      [
        { ...base, fsma204: { fieldName: "Block 1" }, namespaces: { fsma: "https://example.com/other/" } },
        "body.namespaces.fsma",
      ],
    ] as const) {
      const response = await call(t.app, a.orgA.users.operator, "POST", `/orgs/${a.orgA.id}/events`, body);
      assert.ok(response.statusCode === 400 || response.statusCode === 422, `${field}: ${response.body}`);
      assert.match(response.headers["content-type"] ?? "", /problem\+json/);
      const fields = (response.json().errors ?? []).map((e: { field: string }) => e.field);
      assert.ok(
        fields.some((f: string) => f.startsWith(field)),
        `${field} named in ${JSON.stringify(fields)}`,
      );
    }
    const phone = await call(t.app, a.orgA.users.admin, "POST", `/orgs/${a.orgA.id}/locations`, {
      name: "Ranch 5",
      phone: "=HYPERLINK(1)",
    });
    assert.equal(phone.statusCode, 400, phone.body);
    assert.equal(await t.db.prisma.event.count(), before);
  });

  test("the README's sample export is this fixture's export", async () => {
    const sample = `${SAMPLE_START}\n\`\`\`csv\n${csvA.replaceAll("\r\n", "\n")}\`\`\`\n${SAMPLE_END}`;
    const readme = await readFile(README, "utf8");
    const pattern = new RegExp(
      `${SAMPLE_START.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[\\s\\S]*?${SAMPLE_END}`,
    );
    if (process.env.WRITE_FSMA204_SAMPLE === "1") {
      const { writeFile } = await import("node:fs/promises");
      await writeFile(README, readme.replace(pattern, sample));
      return;
    }
    assert.equal(pattern.exec(readme)?.[0], sample, "run with WRITE_FSMA204_SAMPLE=1 to update the README");
  });
});
