import { expect, test } from "@playwright/test";
import { attachScreenshot, expectNoAccessibilityViolations, statusRow, statusSection } from "../helpers";

test("landing page shows degraded service when the API reports its node down", async ({ page }, testInfo) => {
  await page.goto("/");

  await expect(statusSection(page).getByText("Degraded service", { exact: true })).toBeVisible();
  await expect(statusRow(page, "API")).toContainText("Operational");
  await expect(statusRow(page, "API")).toContainText("HTTP 503");
  await expect(statusRow(page, "Database")).toContainText("Operational");
  await expect(statusRow(page, "Chain")).toContainText("Unreachable");

  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "landing-chain-down");
});
