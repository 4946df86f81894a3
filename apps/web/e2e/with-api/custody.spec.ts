import { expect, test } from "@playwright/test";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import { otherCompany, recordEvent, supplierWithLot } from "../journeys";

test.setTimeout(120_000);

test("a shipment to another organisation waits on its overview until it is received", async ({
  page,
  browser,
}, testInfo) => {
  // The roastery: another company, with its own account and a GLN.
  const roastery = await otherCompany(browser, "Rotterdam Roasters");

  // The farm ships its lot to the roastery's GLN.
  const { lotUrl, lotCode } = await supplierWithLot(page);
  await recordEvent(page, lotUrl, { bizStep: "shipping", when: "2026-04-10T08:00", shipToGln: roastery.gln });

  await roastery.page.goto(`/dashboard/${roastery.orgId}`);
  const incoming = roastery.page.getByRole("region", { name: "Incoming shipments" });
  await expect(incoming).toContainText(`lot ${lotCode}`);
  await expectNoAccessibilityViolations(roastery.page);
  await attachScreenshot(roastery.page, testInfo, "dashboard-incoming");
  await incoming.getByRole("button", { name: "Receive" }).click();
  await expect(incoming).toContainText("Nothing on its way to you.");
  await roastery.context.close();
});

test("the receiver opens the received lot from its Lots page, sees the owner's record and records its own step, not the owner's acts", async ({
  page,
  browser,
}, testInfo) => {
  const receiver = await otherCompany(browser, "Rotterdam Roasters");

  const { orgName, lotUrl, lotCode } = await supplierWithLot(page);
  await recordEvent(page, lotUrl, {
    bizStep: "shipping",
    when: "2026-04-10T08:00",
    shipToGln: receiver.gln,
    document: { name: "bill-of-lading.pdf", content: "%PDF-1.4 bill of lading" },
  });

  await receiver.page.goto(`/dashboard/${receiver.orgId}/lots`);
  const row = receiver.page.getByRole("row").filter({ hasText: lotCode });
  await expect(row.getByTestId("received-from")).toContainText(`Received from ${orgName}: shipped`);
  await expectNoAccessibilityViolations(receiver.page);
  await row.getByRole("link", { name: lotCode }).click();
  await expect(receiver.page.getByRole("heading", { name: `Lot ${lotCode}` })).toBeVisible();
  await expect(receiver.page.getByTestId("lot-received-from")).toContainText(`${orgName} owns this lot`);
  const timeline = receiver.page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByText(`by ${orgName}`)).toHaveCount(3);
  await expect(receiver.page.getByRole("link", { name: "bill-of-lading.pdf" })).toBeVisible();
  await expect(receiver.page.getByText(`Only ${orgName}, its owner, may recall it.`)).toBeVisible();
  for (const ownersForm of ["Declare recall", "Edit lot", "Register serials"]) {
    await expect(receiver.page.getByRole("form", { name: ownersForm })).toHaveCount(0);
  }
  await expectNoAccessibilityViolations(receiver.page);
  await attachScreenshot(receiver.page, testInfo, "dashboard-received-lot");

  // Its own step joins the record, beside the owner's.
  const receivedLotUrl = receiver.page.url();
  await recordEvent(receiver.page, receivedLotUrl, { bizStep: "storing", when: "2026-04-12T10:00" });
  await expect(timeline.getByRole("link", { name: "Storing" })).toBeVisible();
  await expect(timeline.getByText(`by ${orgName}`)).toHaveCount(3);
  await receiver.context.close();
});
