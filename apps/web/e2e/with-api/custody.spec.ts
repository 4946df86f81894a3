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

test("the receiver opens the received lot from its Lots page, sees the owner's record and records its own step, not the owner's acts", async ({
  page,
  browser,
}, testInfo) => {
  const receiverContext = await browser.newContext();
  const receiver = await receiverContext.newPage();
  const gln = newGln();
  const receiverOrg = await signUpWithOrganization(receiver, `Rotterdam Roasters ${unique()}`, gln);
  await admitOrganization(receiverOrg);

  const { orgName, lotUrl, lotCode } = await supplierWithLot(page);
  await recordEvent(page, lotUrl, {
    bizStep: "shipping",
    when: "2026-04-10T08:00",
    shipToGln: gln,
    document: { name: "bill-of-lading.pdf", content: "%PDF-1.4 bill of lading" },
  });

  await receiver.goto(`/dashboard/${receiverOrg}/lots`);
  const row = receiver.getByRole("row").filter({ hasText: lotCode });
  await expect(row.getByTestId("received-from")).toContainText(`Received from ${orgName}: shipped`);
  await expectNoAccessibilityViolations(receiver);
  await row.getByRole("link", { name: lotCode }).click();
  await expect(receiver.getByRole("heading", { name: `Lot ${lotCode}` })).toBeVisible();
  await expect(receiver.getByTestId("lot-received-from")).toContainText(`${orgName} owns this lot`);
  const timeline = receiver.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByText(`by ${orgName}`)).toHaveCount(3);
  await expect(receiver.getByRole("link", { name: "bill-of-lading.pdf" })).toBeVisible();
  await expect(receiver.getByText(`Only ${orgName}, its owner, may recall it.`)).toBeVisible();
  for (const ownersForm of ["Declare recall", "Edit lot", "Register serials"]) {
    await expect(receiver.getByRole("form", { name: ownersForm })).toHaveCount(0);
  }
  await expectNoAccessibilityViolations(receiver);
  await attachScreenshot(receiver, testInfo, "dashboard-received-lot");

  // Its own step joins the record, beside the owner's.
  const receivedLotUrl = receiver.url();
  await recordEvent(receiver, receivedLotUrl, { bizStep: "storing", when: "2026-04-12T10:00" });
  await expect(timeline.getByRole("link", { name: "Storing" })).toBeVisible();
  await expect(timeline.getByText(`by ${orgName}`)).toHaveCount(3);
  await receiverContext.close();
});
