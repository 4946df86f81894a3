import { expect, test } from "@playwright/test";
import { admitOrganization } from "../admin";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import { newGln, recordEvent, signUpWithOrganization, supplierWithLot, unique } from "../journeys";

test.setTimeout(120_000);

test("a shipment to another organisation waits on its overview until it is received", async ({
  page,
  browser,
}, testInfo) => {
  // The roastery: another company, with its own account and a GLN.
  const roasteryContext = await browser.newContext();
  const roastery = await roasteryContext.newPage();
  const gln = newGln();
  const roasteryName = `Rotterdam Roasters ${unique()}`;
  const roasteryOrg = await signUpWithOrganization(roastery, roasteryName, gln);
  await admitOrganization(roasteryOrg);

  // The farm ships its lot to the roastery's GLN.
  const { lotUrl, lotCode } = await supplierWithLot(page);
  await recordEvent(page, lotUrl, { bizStep: "shipping", when: "2026-04-10T08:00", shipToGln: gln });

  await roastery.goto(`/dashboard/${roasteryOrg}`);
  const incoming = roastery.getByRole("region", { name: "Incoming shipments" });
  await expect(incoming).toContainText(`lot ${lotCode}`);
  await expectNoAccessibilityViolations(roastery);
  await attachScreenshot(roastery, testInfo, "dashboard-incoming");
  await incoming.getByRole("button", { name: "Receive" }).click();
  await expect(incoming).toContainText("Nothing on its way to you.");
  await roasteryContext.close();
});
