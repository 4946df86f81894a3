import { expect, test } from "@playwright/test";
import { attachScreenshot, expectNoAccessibilityViolations, statusRow, statusSection } from "../helpers";

test("landing page shows the live status the real API reports", async ({ page }, testInfo) => {
  await page.goto("/");

  await expect(statusSection(page).getByText("All systems operational", { exact: true })).toBeVisible();
  await expect(statusRow(page, "API")).toContainText("Operational");
  await expect(statusRow(page, "API")).toContainText("HTTP 200");
  await expect(statusRow(page, "Database")).toContainText("Operational");
  await expect(statusRow(page, "Database")).toContainText(/Answered in \d[\d,]* ms/);
  await expect(statusRow(page, "Chain")).toContainText("Operational");
  await expect(statusRow(page, "Chain")).toContainText(/Chain 31337 · block \d[\d,]*/);

  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "landing-api-live");
});
