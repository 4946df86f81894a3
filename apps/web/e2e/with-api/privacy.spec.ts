import { expect, type Page, test } from "@playwright/test";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import { growerShipsToRoaster, openLotFromList, recordEvent } from "../journeys";

test.setTimeout(300_000);

const PURCHASE_ORDER = "PO-SECRET-8842";
const WITHHELD_QUANTITY = "3517.5";
const PRIVATE_QUANTITY = "4711.25";

/** Expects the Verify verdicts: `whole` steps checked field by field with their event hash, `hidden` steps proved sealed. */
async function expectWholeAndHidden(page: Page, whole: number, hidden: number) {
  const verdicts = page.getByRole("region", { name: "Check it yourself" });
  await expect(
    verdicts.getByText(
      "Sealed on the blockchain and unchanged since: every field and its GS1 event hash checked.",
    ),
  ).toHaveCount(whole);
  await expect(
    verdicts.getByText("Its details are not public; the blockchain confirms it was sealed."),
  ).toHaveCount(hidden);
}

/** Presses Verify (reloading until every step is sealed) and waits for the verdict `summary`. */
async function verifies(page: Page, summary: string) {
  await expect(async () => {
    await page.reload();
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page.getByTestId("verify-summary")).toContainText(summary, { timeout: 5_000 });
  }).toPass({ timeout: 150_000 });
}

test("issue #14 end to end: a private step, a partner step and a public step withholding its purchase order and quantity; the shopper, the partner and the owner each see exactly what they may, and Verify passes for each", async ({
  page,
  browser,
}, testInfo) => {
  // The grower: commissioning and a shipping (public, from supplierWithLot); packing events withhold
  // their purchase order and quantity from the public; then a packing, a private storing, and a
  // shipping to the roaster for partners only, which the roaster receives (a public step of its own).
  const { grower, roaster, roasterContext, roasterOrg } = await growerShipsToRoaster(page, browser, {
    visibility: "partners",
    beforeShipping: async ({ orgId, lotUrl }) => {
      // One page answers "what does the public see": which steps, and which fields of public steps.
      await page.goto(`/dashboard/${orgId}/visibility`);
      await page.waitForURL(`**/dashboard/${orgId}/privacy`);
      await expect(page.getByRole("heading", { level: 1, name: "What the public sees" })).toBeVisible();
      await expect(page.getByRole("form", { name: "Visibility defaults" })).toBeVisible();
      const settings = page.getByRole("form", { name: "Privacy settings" });
      const packing = settings
        .locator("fieldset")
        .filter({ hasText: "A choice of its own for packing events" });
      await packing.getByLabel("A choice of its own for packing events").check();
      await packing.getByLabel("business transactions (purchase orders, invoices…)").check();
      await packing.getByLabel("quantities").check();
      await settings.getByRole("button", { name: "Save" }).click();
      await expect(settings.getByText("Saved. Consumer pages show the change at once")).toBeVisible();
      await recordEvent(page, lotUrl, {
        bizStep: "packing",
        when: "2026-04-03T10:00",
        quantity: WITHHELD_QUANTITY,
        purchaseOrder: PURCHASE_ORDER,
      });
      await recordEvent(page, lotUrl, {
        bizStep: "storing",
        when: "2026-04-05T09:00",
        quantity: PRIVATE_QUANTITY,
        visibility: "private",
      });
    },
  });

  // The shopper: four steps in full (the packing without its order and quantity), two as "a step by
  // … on …" where they happened in time, none of the withheld or private values anywhere in the HTML.
  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  await shopper.goto(grower.publicPath);
  const journey = shopper.getByRole("region", { name: "Its journey" }).getByRole("listitem");
  await expect(journey).toHaveCount(6);
  expect(await journey.evaluateAll((items) => items.map((item) => item.getAttribute("data-testid")))).toEqual(
    ["journey-step", "journey-step", "journey-step", "hidden-step", "hidden-step", "journey-step"],
  );
  await expect(journey.nth(2)).toContainText("Packing");
  await expect(journey.nth(2).locator("[data-withheld]")).toHaveText(
    "Not public: business transactions (purchase orders, invoices…) and quantities. What is shown is sealed and verifiable.",
  );
  await expect(journey.nth(3)).toContainText(`A step by ${grower.orgName} on`);
  await expect(shopper.getByTestId("hidden-step-count")).toContainText("2 steps are not public");
  const html = await shopper.content();
  for (const hidden of [PURCHASE_ORDER, WITHHELD_QUANTITY, PRIVATE_QUANTITY, "Storing", "storing"]) {
    expect(html, `the consumer page reveals ${hidden}`).not.toContain(hidden);
  }
  await expectNoAccessibilityViolations(shopper);
  await verifies(shopper, "Verified: all 6 steps match the blockchain");
  await expect(
    shopper.getByText(
      "What is shown is sealed on the blockchain and unchanged since; some fields are not public.",
    ),
  ).toHaveCount(1);
  await attachScreenshot(shopper, testInfo, "consumer-privacy-verified");
  const shopperHtml = await shopper.content();
  for (const hidden of [PURCHASE_ORDER, WITHHELD_QUANTITY, PRIVATE_QUANTITY]) {
    expect(shopperHtml, `Verify reveals ${hidden}`).not.toContain(hidden);
  }

  // The partner: the grower's public steps, its packing whole and its shipping for partners, its own
  // receiving; not the private storing, which Verify proves sealed as a step not shown.
  await openLotFromList(roaster, roasterOrg, grower.lotCode);
  const partnerTimeline = roaster.getByRole("region", { name: "Timeline" });
  await expect(partnerTimeline.getByRole("listitem")).toHaveCount(5);
  await expect(partnerTimeline).not.toContainText("Storing");
  await verifies(roaster, "Verified: all 6 steps match the blockchain");
  await expectWholeAndHidden(roaster, 5, 1);
  const partnerVerdicts = roaster.getByRole("region", { name: "Check it yourself" });
  await expect(partnerVerdicts).not.toContainText("Storing");
  await expectNoAccessibilityViolations(roaster);
  await attachScreenshot(roaster, testInfo, "dashboard-partner-verified");

  // The owner: all six steps whole, each with its GS1 event hash, nothing hidden.
  await page.goto(grower.lotUrl);
  await expect(page.getByRole("region", { name: "Timeline" }).getByRole("listitem")).toHaveCount(6);
  await verifies(page, "Verified: all 6 steps match the blockchain");
  await expectWholeAndHidden(page, 6, 0);
  const ownerVerdicts = page.getByRole("region", { name: "Check it yourself" });
  await expect(ownerVerdicts.getByText("Storing")).toHaveCount(1);
  await attachScreenshot(page, testInfo, "dashboard-owner-verified");
  await shopperContext.close();
  await roasterContext.close();
});
