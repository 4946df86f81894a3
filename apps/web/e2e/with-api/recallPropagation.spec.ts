import { expect, test } from "@playwright/test";
import { attachScreenshot } from "../helpers";
import {
  createProductAndLot,
  growerShipsToRoaster,
  importFile,
  newGtin,
  otherCompany,
  receiveIncoming,
  recordEvent,
  unique,
} from "../journeys";

test.setTimeout(240_000);

test("grower recalls a lot: the roaster's lot made of it shows the recall, Verify confirms it on chain, the distributor holding it is told", async ({
  page,
  browser,
}, testInfo) => {
  // The grower's lot, shipped to the roaster, who receives it.
  const { grower, roasterContext, roaster, roasterOrg } = await growerShipsToRoaster(page, browser);

  // The roaster roasts it into a lot of its own (an EPCIS transformation, imported).
  const roastGtin = newGtin();
  const roastLot = `R${unique()}`.slice(0, 20);
  const roastUrl = await createProductAndLot(roaster, roasterOrg, {
    gtin: roastGtin,
    name: "Roasted coffee, 250 g",
    lotCode: roastLot,
  });
  const transformation = {
    "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: "2026-04-12T08:00:00.000Z",
    epcisBody: {
      eventList: [
        {
          type: "TransformationEvent",
          eventTime: "2026-04-12T08:00:00.000Z",
          eventTimeZoneOffset: "+00:00",
          bizStep: "commissioning",
          inputQuantityList: [
            {
              epcClass: `https://id.gs1.org/01/${grower.gtin}/10/${grower.lotCode}`,
              quantity: 100,
              uom: "KGM",
            },
          ],
          outputQuantityList: [
            { epcClass: `https://id.gs1.org/01/${roastGtin}/10/${roastLot}`, quantity: 80, uom: "KGM" },
          ],
        },
      ],
    },
  };
  await importFile(roaster, roasterOrg, {
    name: "roasting.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(transformation)),
  });
  await expect(roaster.getByText("Imported 1 events")).toBeVisible({ timeout: 30_000 });

  // The roaster ships its roasted lot to the distributor, who receives it.
  const distributor = await otherCompany(browser, "Distributor");
  await recordEvent(roaster, roastUrl, {
    bizStep: "shipping",
    when: "2026-04-13T08:00",
    shipToGln: distributor.gln,
  });
  await receiveIncoming(distributor.page, distributor.orgId, roastLot);

  // The grower recalls its lot.
  const reason = "Ochratoxin A above the limit in a retained sample.";
  await page.goto(grower.lotUrl);
  const form = page.getByRole("form", { name: "Declare recall" });
  await form.getByLabel("Reason shown to shoppers").fill(reason);
  await form.getByRole("button", { name: "Declare recall" }).click();
  const confirm = page.getByRole("dialog").getByRole("button", { name: /Declare recall|Confirm/ });
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  await expect(page.getByText("Recalled since")).toContainText(reason);

  // A shopper scans the roasted coffee: the banner names the recalled input, and Verify confirms it on chain.
  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  await shopper.goto(`/01/${roastGtin}/10/${roastLot}`);
  const banner = shopper.getByTestId("inherited-recall-banner");
  await expect(banner).toContainText("made from a recalled ingredient");
  await expect(banner).toContainText(grower.lotCode);
  await expect(banner).toContainText(reason);
  await expect(async () => {
    await shopper.reload();
    await shopper.getByRole("button", { name: "Verify" }).click();
    await expect(shopper.getByText(/The blockchain confirms .* recalled this ingredient\./)).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 90_000 });
  await attachScreenshot(shopper, testInfo, "consumer-inherited-recall-verified");

  // The distributor's recalls page lists the recall reaching the lot it received.
  await distributor.page.goto(`/dashboard/${distributor.orgId}/recalls`);
  const affecting = distributor.page.getByTestId("recalls-affecting");
  await expect(affecting).toContainText(roastLot);
  await expect(affecting).toContainText(grower.lotCode);
  await expect(affecting).toContainText(reason);
  await attachScreenshot(distributor.page, testInfo, "dashboard-recalls-affecting");
  await Promise.all([roasterContext.close(), distributor.context.close(), shopperContext.close()]);
});
