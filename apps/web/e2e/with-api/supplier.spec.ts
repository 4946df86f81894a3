import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import { supplierWithLot } from "../journeys";
import { startTamperingProxy } from "../tamperingProxy";

test.setTimeout(120_000);

test("a supplier creates a product and lot, records events and prints QR labels", async ({
  page,
}, testInfo) => {
  const { lotUrl, gtin, lotCode, orgId } = await supplierWithLot(page);

  await page.goto(lotUrl);
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByRole("listitem")).toHaveCount(2);
  await expect(timeline).toContainText("Commissioning");
  await expect(timeline).toContainText("Shipping");
  await expect(page.getByTestId("chain-status")).toBeVisible();
  await expect(page.getByRole("region", { name: "Documents" })).toContainText("delivery-note.pdf");
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-lot");

  await page.goto(`/dashboard/${orgId}`);
  await expect(page.getByRole("region", { name: "Recent events" }).getByRole("listitem")).toHaveCount(2);
  await attachScreenshot(page, testInfo, "dashboard-overview");

  await page.goto(`/dashboard/${orgId}/products`);
  await page.getByLabel("Name or GTIN").fill(gtin);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("row")).toHaveCount(2);
  await attachScreenshot(page, testInfo, "dashboard-products");

  await page.goto(`${lotUrl}/labels`);
  const labels = page.getByRole("list", { name: "Labels" }).getByRole("listitem");
  await expect(labels).toHaveCount(12);
  await expect(labels.first()).toContainText(`(01) ${gtin} (10) ${lotCode}`);
  await expect(labels.first().getByRole("img")).toHaveAttribute(
    "alt",
    `QR code for ${new URL(page.url()).origin}/01/${gtin}/10/${lotCode}`,
  );
  await attachScreenshot(page, testInfo, "dashboard-labels");

  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PDF" }).click(),
  ]);
  const pdfBytes = readFileSync(await pdf.path());
  expect(pdfBytes.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.suggestedFilename()).toBe(`labels-${gtin}-${lotCode}.pdf`);

  const [png] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PNG" }).click(),
  ]);
  const pngBytes = readFileSync(await png.path());
  expect(pngBytes.subarray(1, 4).toString()).toBe("PNG");
  await testInfo.attach("labels.png", { body: pngBytes, contentType: "image/png" });
});

test("a shopper opens the QR URL and verifies it, Verify's code loaded only when pressed; a tampered record fails", async ({
  page,
}, testInfo) => {
  const { publicPath } = await supplierWithLot(page);
  await page.context().clearCookies();

  await page.goto(publicPath);
  await expect(page.getByRole("heading", { level: 1, name: "Single-origin coffee, 1 kg" })).toBeVisible();
  const journey = page.getByRole("region", { name: "Its journey" });
  await expect(journey.getByRole("listitem")).toHaveCount(2);
  // The submitter anchors both steps in one batch (BATCH_WINDOW_MS); the page says "Sealed" then.
  await expect(async () => {
    await page.reload();
    await expect(journey.getByText("Sealed", { exact: true })).toHaveCount(2, { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expect(journey).toContainText("Finca Aurora farm");
  await expect(
    page.getByRole("img", { name: /Map of the journey: 1\. Finca Aurora farm, 2\. Rotterdam roastery/ }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // A shopper who only reads never downloads the verifier (viem, the SDK) nor the record's proofs:
  // the worker and the record as JSON are fetched when Verify is pressed.
  await page.waitForLoadState("networkidle");
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  expect(page.workers(), "no verifier before Verify is pressed").toHaveLength(0);
  // Nor Verify's own code (its panel, next-intl's client): only its heading and button are in the page.
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((name) => name.endsWith(".js")),
  );
  const code = await Promise.all(scripts.map(async (url) => (await page.request.get(url)).text()));
  expect(code.join("\n"), "VerifyPanel's code before Verify is pressed").not.toContain(
    "were not available when this page was made",
  );
  await page.getByRole("button", { name: "Verify" }).click();
  const summary = page.getByTestId("verify-summary");
  await expect(summary).toBeVisible();
  await expect(summary).toContainText("Verified: all 2 steps match the blockchain");
  await expect(page.getByText("Does not match what was sealed on the blockchain.")).toHaveCount(0);
  expect(page.workers(), "the verifier, started by Verify").toHaveLength(1);
  // The record and its proofs (served apart), each read once: a record that verifies is not read again.
  expect(requested.filter((url) => url.includes(`/api/v1/public${publicPath}`)).sort()).toEqual([
    expect.stringMatching(new RegExp(`/api/v1/public${publicPath}$`)),
    expect.stringMatching(new RegExp(`/api/v1/public${publicPath}/proofs$`)),
  ]);
  await attachScreenshot(page, testInfo, "consumer-verified");

  // The same page served by a compromised server: one step's time rewritten in the record.
  const proxy = await startTamperingProxy(
    new URL(page.url()).origin,
    "2026-03-12T09:30:00.000+00:00",
    "2026-03-11T09:30:00.000+00:00",
  );
  await page.goto(`${proxy.url}${publicPath}`);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("verify-summary")).toContainText(
    "Warning: this record does not match the blockchain",
  );
  await expect(page.getByText("Does not match what was sealed on the blockchain.")).toHaveCount(1);
  await attachScreenshot(page, testInfo, "consumer-tampered");
  await proxy.close();
});

test("Verify reads the record and its proofs again past the caches when the proofs it first got were stale", async ({
  page,
}) => {
  const { publicPath } = await supplierWithLot(page);
  await page.context().clearCookies();
  await page.goto(publicPath);
  const journey = page.getByRole("region", { name: "Its journey" });
  await expect(async () => {
    await page.reload();
    await expect(journey.getByText("Sealed", { exact: true })).toHaveCount(2, { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });

  // Proofs held by a cache from before the steps were anchored: none for them.
  const proofsRead: string[] = [];
  await page.context().route(`**/api/v1/public${publicPath}/proofs`, async (route) => {
    proofsRead.push(route.request().url());
    if (proofsRead.length === 1) await route.fulfill({ json: { leaves: {} } });
    else await route.continue();
  });
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("verify-summary")).toContainText(
    "Verified: all 2 steps match the blockchain",
  );
  expect(proofsRead, "the stale proofs, then fresh ones").toHaveLength(2);
});

test("a recall declared on the dashboard, once confirmed, shows on the public page at once", async ({
  page,
}, testInfo) => {
  const { lotUrl, publicPath, lotCode } = await supplierWithLot(page);
  await page.goto(lotUrl);
  const form = page.getByRole("form", { name: "Declare recall" });
  await form.getByLabel("Reason shown to shoppers").fill("Possible contamination with glass fragments.");
  await form.getByRole("button", { name: "Declare recall" }).click();
  // It asks first, Cancel focused; Cancel declares nothing.
  const confirm = page.getByRole("dialog", { name: `Recall lot ${lotCode} of Single-origin coffee, 1 kg?` });
  await expect(confirm).toContainText("Shoppers scanning it");
  await expect(confirm).toContainText("can't be erased");
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-recall-confirm");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await page.reload();
  await expect(page.getByRole("form", { name: "Declare recall" })).toBeVisible();
  await expect(page.getByText("Recalled since")).toHaveCount(0);
  // Escape cancels too; confirming declares it.
  await form.getByLabel("Reason shown to shoppers").fill("Possible contamination with glass fragments.");
  await form.getByRole("button", { name: "Declare recall" }).click();
  await expect(confirm).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(confirm).toBeHidden();
  await form.getByRole("button", { name: "Declare recall" }).click();
  await confirm.getByRole("button", { name: "Declare recall" }).click();
  await expect(page.getByText("Recalled since")).toContainText(
    "Possible contamination with glass fragments.",
  );

  // Shoppers scan on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(publicPath);
  const banner = page.getByTestId("recall-banner");
  await expect(banner).toContainText("This product has been recalled. Do not use it.");
  await expect(banner).toContainText("Possible contamination with glass fragments.");
  await expectNoAccessibilityViolations(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await attachScreenshot(page, testInfo, "consumer-recalled-phone");

  // Lifting asks too; Cancel leaves the recall in force.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(lotUrl);
  const lift = page.getByRole("form", { name: "Lift recall" });
  await lift
    .getByLabel("Why it is lifted")
    .fill("The glass came from a broken lamp in the lab, not the lot.");
  await lift.getByRole("button", { name: "Lift recall" }).click();
  const confirmLift = page.getByRole("dialog", {
    name: `Lift the recall of lot ${lotCode} of Single-origin coffee, 1 kg?`,
  });
  await expect(confirmLift.getByRole("button", { name: "Cancel" })).toBeFocused();
  await confirmLift.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(page.getByText("Recalled since")).toBeVisible();
  await lift
    .getByLabel("Why it is lifted")
    .fill("The glass came from a broken lamp in the lab, not the lot.");
  await lift.getByRole("button", { name: "Lift recall" }).click();
  await confirmLift.getByRole("button", { name: "Lift recall" }).click();
  await expect(page.getByRole("form", { name: "Declare recall" })).toBeVisible();
  await expect(page.getByText("Recalled since")).toHaveCount(0);
});
