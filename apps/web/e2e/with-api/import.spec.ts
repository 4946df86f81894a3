import { expect, test } from "@playwright/test";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import { supplierWithLot } from "../journeys";

test.setTimeout(120_000);

test("bulk import: a CSV with a bad row imports nothing and names the row; the fixed file imports every row", async ({
  page,
}, testInfo) => {
  const { orgId, gtin, lotCode, lotUrl } = await supplierWithLot(page);
  const header = "gtin,lot,bizStep,eventTime,disposition,quantity,unit";
  const good = [
    `${gtin},${lotCode},storing,2026-04-25T08:00:00+02:00,sellable_accessible,600,KGM`,
    `${gtin},${lotCode},packing,2026-04-26T08:00:00+02:00,,600,KGM`,
  ];
  const bad = `${gtin},${lotCode},not_a_step,2026-04-27T08:00:00+02:00,,1,KGM`;

  await page.goto(`/dashboard/${orgId}/import`);
  const file = page.getByLabel("CSV or EPCIS 2.0 JSON file");
  await expect(file).toBeEnabled();
  await file.setInputFiles({
    name: "events.csv",
    mimeType: "text/csv",
    buffer: Buffer.from([header, ...good, bad].join("\n")),
  });
  const report = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
  await expect(report).toBeVisible();
  await expect(report.getByRole("row")).toHaveCount(2);
  await expect(report.getByRole("row").nth(1)).toContainText("4");
  await expect(report.getByRole("row").nth(1)).toContainText("bizStep");
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-import-errors");

  await page.goto(lotUrl);
  await expect(page.getByRole("region", { name: "Timeline" }).getByRole("listitem")).toHaveCount(2);

  await page.goto(`/dashboard/${orgId}/import`);
  await expect(page.getByLabel("CSV or EPCIS 2.0 JSON file")).toBeEnabled();
  await page.getByLabel("CSV or EPCIS 2.0 JSON file").setInputFiles({
    name: "events.csv",
    mimeType: "text/csv",
    buffer: Buffer.from([header, ...good].join("\n")),
  });
  await expect(page.getByText("Imported 2 events")).toBeVisible({ timeout: 30_000 });
  await attachScreenshot(page, testInfo, "dashboard-import-done");

  await page.goto(lotUrl);
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByRole("listitem")).toHaveCount(4);
  await expect(timeline).toContainText("Storing");
  await expect(timeline).toContainText("Packing");
});
