import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import { supplierWithLot } from "../journeys";

test.setTimeout(180_000);

test("a supplier lists the lot's documents, corrects a step, and both the dashboard and the public page show the correction", async ({
  page,
}, testInfo) => {
  const { lotUrl, lotCode, orgId, publicPath } = await supplierWithLot(page);

  // The documents of the lot's events, from the API's list of them.
  await page.goto(lotUrl);
  const documents = page.getByRole("region", { name: "Documents" });
  const note = `%PDF-1.7 delivery note of lot ${lotCode}`;
  const row = documents.getByRole("row").filter({ hasText: "delivery-note.pdf" });
  await expect(row).toContainText("application/pdf");
  await expect(row).toContainText(`${Buffer.byteLength(note)} bytes`);
  await expect(row).toContainText(createHash("sha256").update(note).digest("hex"));
  await expect(row.getByRole("link", { name: /Shipping/ })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    row.getByRole("link", { name: "delivery-note.pdf" }).click(),
  ]);
  expect(readFileSync(await download.path()).toString()).toBe(note);

  // The shipping step was recorded a day early: correct it from its event page.
  const timeline = page.getByRole("region", { name: "Timeline" });
  await timeline.getByRole("link", { name: "Shipping" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Shipping" })).toBeVisible();
  const form = page.getByRole("form", { name: "Correct this event" });
  await expect(form.getByLabel("When")).toHaveValue("2026-04-02T14:00");
  await expect(form.getByLabel("Business step")).toHaveValue("shipping");
  await form.getByLabel("Reason, shown to shoppers").fill("Shipped a day later than first recorded.");
  await form.getByLabel("Some details were wrong: record what really happened").check();
  await form.getByLabel("When").fill("2026-04-03T14:00");
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-event-correct");
  await form.getByRole("button", { name: "Record the correction" }).click();

  await page.waitForURL(new RegExp(`${lotUrl}#event-`));
  const steps = timeline.getByRole("listitem");
  await expect(steps).toHaveCount(4);
  const corrected = steps.filter({ has: page.getByText("Corrected", { exact: true }) });
  await expect(corrected).toHaveCount(1);
  await expect(corrected).toContainText(
    "Recorded with wrong details: Shipped a day later than first recorded.",
  );
  // In time order, each correction right after the event it corrects.
  await expect(steps.nth(1)).toContainText("Corrected");
  await expect(steps.nth(2)).toContainText("Correction: Shipping");
  await expect(steps.nth(3)).toContainText("3 Apr 2026");
  await corrected.getByRole("link", { name: "See the correction" }).click();
  await expect(steps.nth(2)).toBeInViewport();
  // The corrected event keeps the document; the declaration repeats it.
  const attachedTo = documents.getByRole("row").filter({ hasText: "delivery-note.pdf" });
  await expect(attachedTo).toContainText("Correction of Shipping, 2 Apr 2026");
  await expect(attachedTo).toContainText("Shipping, 3 Apr 2026");
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-lot-corrected");

  // The declared event cannot be corrected twice; its page says it was corrected.
  await corrected.getByRole("link", { name: "Shipping" }).click();
  await expect(page.getByText("This event was declared erroneous.")).toBeVisible();
  await expect(page.getByRole("form", { name: "Correct this event" })).toHaveCount(0);

  // The overview lists the latest events newest first (the API's orderDirection=DESC).
  await page.goto(`/dashboard/${orgId}`);
  const recent = page.getByRole("region", { name: "Recent events" }).getByRole("listitem");
  await expect(recent).toHaveCount(4);
  await expect(recent.first()).toContainText("3 Apr 2026");
  await expect(recent.last()).toContainText("12 Mar 2026");
  await attachScreenshot(page, testInfo, "dashboard-overview-newest-first");

  // A shopper sees the step as corrected, the correction as a step, and every step verifies.
  await page.context().clearCookies();
  await page.goto(publicPath);
  const journey = page.getByRole("region", { name: "Its journey" });
  await expect(journey.getByRole("listitem")).toHaveCount(4);
  const correctedStep = journey
    .getByRole("listitem")
    .filter({ has: page.getByText("Corrected", { exact: true }) });
  await expect(correctedStep).toContainText("recorded with wrong details");
  await expect(correctedStep).toContainText("Shipped a day later than first recorded.");
  await expect(journey.getByRole("listitem").nth(2)).toContainText("Correction of Shipping");
  await correctedStep.getByRole("link", { name: "See the correction" }).click();
  await expect(page).toHaveURL(/#step-/);
  await expect(async () => {
    await page.reload();
    await expect(journey.getByText("Sealed", { exact: true })).toHaveCount(4, { timeout: 1_000 });
  }).toPass({ timeout: 90_000 });
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("verify-summary")).toContainText(
    "Verified: all 4 steps match the blockchain",
  );
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "consumer-corrected");
});
