import { expect, test } from "@playwright/test";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import { importFile, supplierWithLot } from "../journeys";

test.setTimeout(120_000);

test("import: a lots file with five kinds of mistakes lists all five and writes nothing; the fixed file imports every lot", async ({
  page,
}, testInfo) => {
  const { orgId, gtin } = await supplierWithLot(page);
  const lastDigit = Number(gtin.at(-1));
  const badCheckDigit = `${gtin.slice(0, -1)}${(lastDigit + 1) % 10}`;
  const unregistered = "09506000134376";
  const header = "gtin,lot,productionDate,expiryDate,quantity,unit";
  const stamp = Date.now().toString(36).toUpperCase();
  const lots = [`IMP-${stamp}-1`, `IMP-${stamp}-2`, `IMP-${stamp}-3`];
  const mistaken = [
    `${gtin},${lots[0]},2026-03-01,2026-12-31,600,KGM`,
    // A wrong check digit and a day that does not exist, on one row: both are listed.
    `${badCheckDigit},${lots[1]},2026-02-30,,,`,
    // A GTIN that is no product of the organisation.
    `${unregistered},${lots[2]},,,,`,
    // The first row's lot again.
    `${gtin},${lots[0]},,,,`,
    // An everyday unit instead of its UN/ECE code.
    `${gtin},${lots[2]},,,5,kg`,
  ];
  const fixed = [
    `${gtin},${lots[0]},2026-03-01,2026-12-31,600,KGM`,
    `${gtin},${lots[1]},2026-02-28,,,`,
    `${gtin},${lots[2]},,,5,KGM`,
  ];
  /** The lots file of these rows, under the header. */
  const lotsFile = (rows: string[]) => ({
    name: "lots.csv",
    mimeType: "text/csv",
    buffer: Buffer.from([header, ...rows].join("\r\n")),
  });

  await importFile(page, orgId, lotsFile(mistaken), "lots");
  const report = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
  await expect(report).toBeVisible({ timeout: 30_000 });
  const rows = report.getByRole("row");
  await expect(rows).toHaveCount(1 + 5);
  await expect(report).toContainText("check digit");
  await expect(report).toContainText("30 February 2026 does not exist");
  await expect(report).toContainText("is not one of your products");
  await expect(report).toContainText("is also on row 2");
  await expect(report).toContainText("Write KGM");
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-import-problems");

  await page.goto(`/dashboard/${orgId}/lots`);
  for (const lot of lots) await expect(page.getByText(lot)).toHaveCount(0);

  await importFile(page, orgId, lotsFile(fixed), "lots");
  await expect(page.getByText("Imported 3 lots")).toBeVisible({ timeout: 30_000 });
  await attachScreenshot(page, testInfo, "dashboard-import-done");

  await page.goto(`/dashboard/${orgId}/lots`);
  for (const lot of lots) await expect(page.getByText(lot)).toBeVisible();
});
