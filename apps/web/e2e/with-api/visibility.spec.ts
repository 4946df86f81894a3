import { expect, test } from "@playwright/test";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import { openLotFromList, otherCompany, recordEvent, supplierWithLot } from "../journeys";

test.setTimeout(240_000);

test("a lot with a private step, a partner step and public steps: the shopper, the partner and the owner each see exactly what they may, and Verify passes for the shopper", async ({
  page,
  browser,
}, testInfo) => {
  // The grower's lot (two public steps), a private storing step and a shipping to the roaster for partners only.
  const grower = await supplierWithLot(page);
  const roaster = await otherCompany(browser, "Roaster");
  await recordEvent(page, grower.lotUrl, {
    bizStep: "storing",
    when: "2026-04-05T09:00",
    quantity: "4711.25",
    visibility: "private",
  });
  await recordEvent(page, grower.lotUrl, {
    bizStep: "shipping",
    when: "2026-04-10T08:00",
    shipToGln: roaster.gln,
    visibility: "partners",
  });
  await roaster.page.goto(`/dashboard/${roaster.orgId}`);
  const incoming = roaster.page.getByRole("region", { name: "Incoming shipments" });
  await expect(incoming).toContainText(`lot ${grower.lotCode}`);
  await incoming.getByRole("button", { name: "Receive" }).click();
  await expect(incoming).toContainText("Nothing on its way to you.");

  // The owner's dashboard: every one of its steps, each non-public one marked, and the roaster's receiving.
  await page.goto(grower.lotUrl);
  const ownerTimeline = page.getByRole("region", { name: "Timeline" });
  await expect(ownerTimeline.getByRole("listitem")).toHaveCount(5);
  await expect(ownerTimeline.getByRole("listitem").filter({ hasText: "Storing" })).toContainText("Private");
  await expect(ownerTimeline.getByRole("listitem").filter({ hasText: "Partners only" })).toHaveCount(1);
  await expect(ownerTimeline.getByText(`by ${roaster.orgName}`)).toHaveCount(1);
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-owner-visibility");

  // The partner's dashboard: the grower's public steps and its shipping for partners, not its private step.
  await openLotFromList(roaster.page, roaster.orgId, grower.lotCode);
  const partnerTimeline = roaster.page.getByRole("region", { name: "Timeline" });
  await expect(partnerTimeline.getByRole("listitem")).toHaveCount(4);
  await expect(partnerTimeline.getByText(`by ${grower.orgName}`)).toHaveCount(3);
  await expect(partnerTimeline.getByTestId("visibility-badge")).toHaveText(["Partners only"]);
  await expect(partnerTimeline).not.toContainText("Storing");
  await attachScreenshot(roaster.page, testInfo, "dashboard-partner-visibility");

  // The shopper: three public steps in full, two as "a step by … on …", nothing of them in the page's HTML.
  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  await shopper.goto(grower.publicPath);
  await expect(shopper.getByTestId("hidden-step")).toHaveCount(2);
  await expect(shopper.getByTestId("hidden-step").first()).toContainText(`A step by ${grower.orgName} on`);
  await expect(shopper.getByTestId("hidden-step-count")).toContainText("2 steps are not public");
  const html = await shopper.content();
  for (const hidden of ["4711.25", "Storing", "storing"]) {
    expect(html, `the consumer page reveals ${hidden}`).not.toContain(hidden);
  }
  await expectNoAccessibilityViolations(shopper);
  await expect(async () => {
    await shopper.reload();
    await shopper.getByRole("button", { name: "Verify" }).click();
    await expect(shopper.getByTestId("verify-summary")).toContainText(
      "Verified: all 5 steps match the blockchain",
      {
        timeout: 5_000,
      },
    );
  }).toPass({ timeout: 120_000 });
  await attachScreenshot(shopper, testInfo, "consumer-hidden-steps-verified");
  await shopperContext.close();
  await roaster.context.close();
});
