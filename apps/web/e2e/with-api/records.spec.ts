import { expect, test } from "@playwright/test";
import { admitOrganization } from "../admin";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import { startImageServer } from "../imageServer";
import { newGtin, signUpWithOrganization, supplierWithLot, unique } from "../journeys";
import { e2eStack } from "../stack";

test.setTimeout(150_000);

test("a supplier edits a lot and a location (plot polygon), with the API's field errors shown beside the fields", async ({
  page,
}, testInfo) => {
  const { orgId, lotUrl, publicPath } = await supplierWithLot(page);

  await page.goto(lotUrl);
  const lotForm = page.getByRole("form", { name: "Edit lot" });
  await expect(lotForm.getByLabel("Production date")).toHaveValue("2026-03-01");
  await lotForm.getByLabel("Expiry date").fill("2026-02-01");
  await lotForm.getByRole("button", { name: "Save lot" }).click();
  const expiry = lotForm.getByLabel("Expiry date");
  await expect(expiry).toHaveAttribute("aria-invalid", "true");
  await expect(expiry).toHaveAccessibleDescription("Must not be before the production date.");
  await expect(lotForm.getByRole("alert")).toContainText(
    "Expiry date must not be before the production date.",
  );
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-lot-edit-error");
  await lotForm.getByLabel("Expiry date").fill("2027-10-31");
  await lotForm.getByLabel("Quantity").fill("1180.5");
  await lotForm.getByLabel("Unit").fill("KGM");
  await lotForm.getByRole("button", { name: "Save lot" }).click();
  await expect(lotForm.getByText("Saved.")).toBeVisible();
  await expect(expiry).not.toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(page.getByText("expires 31 Oct 2027 · 1180.5 KGM")).toBeVisible();

  await page.goto(`/dashboard/${orgId}/locations`);
  await page.getByRole("link", { name: "Finca Aurora farm" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Finca Aurora farm" })).toBeVisible();
  const form = page.getByRole("form", { name: "Edit location" });
  await expect(form.getByLabel("Latitude")).toHaveValue("1.853");
  await form.getByLabel("Name").fill("Finca Aurora, plot 7");
  await form.getByLabel("Street").fill("Vereda El Cedro");
  await form.getByLabel("Country (ISO code)").fill("XX");
  await form.getByLabel("Longitude").fill("-76.0512345");
  await form.getByLabel("Shape").selectOption("Polygon");
  await form.getByLabel("Plot coordinates").fill("1.853210, -76.051100\n1.853900, -76.050400\n1.852800");
  await form.getByRole("button", { name: "Save location" }).click();
  // Checked before sending: numbers with more than 6 decimals, a line that is not a position.
  await expect(form.getByLabel("Longitude")).toHaveAccessibleDescription(
    "must have at most 6 decimal places",
  );
  await expect(form.getByLabel("Plot coordinates")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByRole("alert")).toContainText('Plot: line 3: give "latitude, longitude"');
  await form.getByLabel("Longitude").fill("-76.051234");
  await form
    .getByLabel("Plot coordinates")
    .fill("1.853210, -76.051100\n1.853900, -76.050400\n1.852800, -76.049900");
  await form.getByRole("button", { name: "Save location" }).click();
  // Checked by the API: the country code.
  const country = form.getByLabel("Country (ISO code)");
  await expect(country).toHaveAttribute("aria-invalid", "true");
  await expect(country).toHaveAccessibleDescription("Must be an ISO 3166-1 alpha-2 country code.");
  await expect(form.getByLabel("Longitude")).not.toHaveAttribute("aria-invalid", "true");
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-location-edit-error");
  await country.fill("co");
  await form.getByRole("button", { name: "Save location" }).click();
  await expect(form.getByText("Saved.")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Finca Aurora, plot 7" })).toBeVisible();
  await expect(form.getByLabel("Plot coordinates")).toHaveValue(
    "1.85321, -76.0511\n1.8539, -76.0504\n1.8528, -76.0499",
  );
  await expect(form.getByLabel("Shape")).toHaveValue("Polygon");
  await page.goto(`/dashboard/${orgId}/locations`);
  const row = page.getByRole("row").filter({ hasText: "Finca Aurora, plot 7" });
  await expect(row).toContainText("Polygon, 3 corners");
  await expect(row).toContainText("1.853, -76.051234");
  await attachScreenshot(page, testInfo, "dashboard-locations");

  // The public page names the place as it is now.
  await page.context().clearCookies();
  await page.goto(publicPath);
  await expect(page.getByRole("region", { name: "Its journey" })).toContainText("Finca Aurora, plot 7");
});

test("product images: added when the product is created, edited, shown on the product, lot and public pages; an unreachable one is left out", async ({
  page,
}, testInfo) => {
  const images = await startImageServer();
  const { ports } = await e2eStack();
  const { orgId } = await signUpWithOrganization(page, "Tostadores");
  await admitOrganization(orgId);
  const name = "Colombian coffee beans, 500 g";
  const gtin = newGtin();

  await page.goto(`/dashboard/${orgId}/products`);
  const create = page.getByRole("form", { name: "Register a product" });
  await create.getByLabel("GTIN").fill(gtin);
  await create.getByLabel("Name").fill(name);
  await create.getByLabel("Image URL 1", { exact: true }).fill(images.url("beans.svg"));
  await create.getByRole("button", { name: "Register product" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const picture = page.getByRole("img", { name });
  await expect(picture).toHaveAttribute("src", images.url("beans.svg"));
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // A second URL the API refuses (not http or https) is named beside its field; removing it saves.
  const edit = page.getByRole("form", { name: "Edit product" });
  await expect(edit.getByLabel("Image URL 1", { exact: true })).toHaveValue(images.url("beans.svg"));
  await edit.getByRole("button", { name: "Add an image URL" }).click();
  await edit.getByLabel("Image URL 2", { exact: true }).fill("ftp://files.example.test/beans.jpg");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByLabel("Image URL 2", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(edit.getByLabel("Image URL 2", { exact: true })).toHaveAccessibleDescription(
    "Must be an http:// or https:// web address.",
  );
  await expect(edit.getByLabel("Image URL 1", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-product-image-error");
  await edit.getByRole("button", { name: "Remove image URL 2" }).click();
  await expect(edit.getByLabel("Image URL 2", { exact: true })).toHaveCount(0);
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByText("Saved.")).toBeVisible();

  const lotCode = `IMG${unique()}`.slice(0, 20);
  const lotForm = page.getByRole("form", { name: "Create a lot" });
  await lotForm.getByLabel("Lot code").fill(lotCode);
  await lotForm.getByRole("button", { name: "Create lot" }).click();
  await expect(page.getByRole("heading", { name: `Lot ${lotCode}` })).toBeVisible();
  await expect(page.getByRole("img", { name })).toHaveAttribute("src", images.url("beans.svg"));
  await attachScreenshot(page, testInfo, "dashboard-lot-image");
  const lotUrl = page.url();

  await page.goto(`/01/${gtin}/10/${lotCode}`);
  const hero = page.getByRole("img", { name });
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "consumer-product-image");

  // The image host goes away: the public page still shows the product, without a broken image.
  await page.goto(lotUrl);
  await page.getByRole("link", { name }).click();
  await page
    .getByRole("form", { name: "Edit product" })
    .getByLabel("Image URL 1", { exact: true })
    .fill(`http://127.0.0.1:${ports.closed}/gone.jpg`);
  await page
    .getByRole("form", { name: "Edit product" })
    .getByRole("button", { name: "Save changes" })
    .click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await images.close();
  await page.goto(`/01/${gtin}/10/${lotCode}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("button", { name: "Verify" })).toBeVisible();
  await expect(page.getByRole("img", { name })).toHaveCount(0);
  await attachScreenshot(page, testInfo, "consumer-product-image-unreachable");
});
