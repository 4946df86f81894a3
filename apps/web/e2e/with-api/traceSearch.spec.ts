import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import { createProductAndLot, importFile, newGtin, supplierWithLot, unique } from "../journeys";

test.setTimeout(180_000);

test("trace search finds a lot by purchase order, opens its impact report and downloads it as CSV", async ({
  page,
}, testInfo) => {
  // A farm's coffee lot, sold on a purchase order and roasted into a second lot (an EPCIS import).
  const { orgId, gtin, lotCode } = await supplierWithLot(page);
  const roastedGtin = newGtin();
  const roastedLot = `R${unique()}`.slice(0, 20);
  await createProductAndLot(page, orgId, {
    gtin: roastedGtin,
    name: "Roasted coffee, 250 g",
    lotCode: roastedLot,
  });
  const purchaseOrder = `PO-${unique()}`;
  const green = `https://id.gs1.org/01/${gtin}/10/${lotCode}`;
  const roasted = `https://id.gs1.org/01/${roastedGtin}/10/${roastedLot}`;
  const document = {
    "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: "2026-04-20T08:00:00.000Z",
    epcisBody: {
      eventList: [
        {
          type: "ObjectEvent",
          action: "OBSERVE",
          eventTime: "2026-04-20T08:00:00.000Z",
          eventTimeZoneOffset: "+00:00",
          bizStep: "shipping",
          quantityList: [{ epcClass: green, quantity: 600, uom: "KGM" }],
          bizTransactionList: [
            { type: "po", bizTransaction: `urn:epcglobal:cbv:bt:0950600000003:${purchaseOrder}` },
          ],
        },
        {
          type: "TransformationEvent",
          eventTime: "2026-04-22T08:00:00.000Z",
          eventTimeZoneOffset: "+00:00",
          bizStep: "commissioning",
          inputQuantityList: [{ epcClass: green, quantity: 600, uom: "KGM" }],
          outputQuantityList: [{ epcClass: roasted, quantity: 480, uom: "KGM" }],
        },
      ],
    },
  };
  await importFile(page, orgId, {
    name: "sale.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(document)),
  });
  await expect(page.getByText("Imported 2 events")).toBeVisible({ timeout: 30_000 });

  // Search by the purchase order's number alone.
  await page.getByRole("link", { name: "Trace search" }).click();
  const form = page.getByRole("form", { name: "Search lots" });
  await form.getByLabel("Purchase order, invoice or bill of lading").fill(purchaseOrder);
  await form.getByRole("button", { name: "Search" }).click();
  const group = page.getByTestId("search-group");
  await expect(group).toHaveCount(1);
  await expect(group.getByRole("heading")).toContainText("Your lots");
  const row = group.getByRole("row").filter({ hasText: lotCode });
  await expect(row).toHaveCount(1);
  await expect(group.getByRole("row").filter({ hasText: roastedLot })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-trace-search");

  // Its impact report: the roasted lot downstream, made of it.
  await row.getByRole("link", { name: "Impact report" }).click();
  await expect(page.getByRole("heading", { name: "Recall impact report" })).toBeVisible();
  const downstream = page.getByTestId("impact-downstream");
  await expect(downstream.getByRole("row").filter({ hasText: roastedLot })).toContainText("made into");
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-impact-report");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("impact-csv").click(),
  ]);
  expect(download.suggestedFilename()).toBe(`impact-${gtin}-${lotCode}.csv`);
  const csv = await readFile(await download.path(), "utf8");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe(
    "direction,depth,gtin,product,lot,identifier,organisation,relation,quantity,unit,places,holders,path",
  );
  expect(lines.find((line) => line.startsWith("lot,0,"))).toContain(lotCode);
  expect(lines.find((line) => line.startsWith("downstream,1,"))).toContain(roastedLot);
});
