import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "../helpers";
import { supplierWithLot } from "../journeys";

test.setTimeout(240_000);

/** A shopper's phone whose browser asks for `acceptLanguage` first. */
async function shopper(browser: Browser, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale });
  return context.newPage();
}

/** Presses Verify (reloading until every step is sealed) and waits for the verdict `summary`. */
async function verifies(page: Page, button: string, summary: string) {
  await expect(async () => {
    await page.reload();
    await page.getByRole("button", { name: button }).click();
    await expect(page.getByTestId("verify-summary")).toContainText(summary, { timeout: 5_000 });
  }).toPass({ timeout: 150_000 });
}

test("the consumer page in French and in Spanish, from Accept-Language and through the switcher; Verify in the same language", async ({
  page,
  browser,
}) => {
  const { publicPath } = await supplierWithLot(page);

  const french = await shopper(browser, "fr-CH");
  await french.goto(publicPath);
  await expect(french.getByRole("heading", { level: 2, name: "Son parcours" })).toBeVisible();
  await expect(french.locator("html")).toHaveAttribute("lang", "fr");
  const steps = french.getByTestId("journey-step");
  await expect(steps.nth(0)).toContainText("Mise en service");
  await expect(steps.nth(0)).toContainText("12 mars 2026");
  await expect(steps.nth(1)).toContainText("Expédition");
  await expect(french.getByRole("heading", { name: "Contrôlé par des auditeurs" })).toBeVisible();
  await expect(french).toHaveTitle(/Fiche du produit/);
  await verifies(french, "Vérifier", "Vérifié : les 2 étapes correspondent à la blockchain");
  await expect(french.getByText(/Vérifié au bloc \d/)).toBeVisible();
  await expectNoAccessibilityViolations(french);

  // The switcher: a link to the same address with ?lang=, and the choice carried by the address only.
  await french.getByRole("navigation", { name: "Langue" }).getByRole("link", { name: "Español" }).click();
  await expect(french).toHaveURL(/\?lang=es$/);
  await expect(french.locator("html")).toHaveAttribute("lang", "es");
  await expect(french.getByRole("heading", { level: 2, name: "Su recorrido" })).toBeVisible();
  await expect(french.getByTestId("journey-step").nth(1)).toContainText("Envío");
  await expect(french.getByTestId("journey-step").nth(1)).toContainText("2 abr 2026");
  await expect(french.getByRole("button", { name: "Verificar" })).toBeVisible();
  expect((await french.context().cookies()).map((c) => c.name)).toEqual([]);

  const spanish = await shopper(browser, "es-MX");
  await spanish.goto(publicPath);
  await expect(spanish.getByRole("heading", { level: 2, name: "Su recorrido" })).toBeVisible();
  await expect(spanish.locator("html")).toHaveAttribute("lang", "es");
  await expect(spanish.getByTestId("journey-step").nth(0)).toContainText("Alta");
  await verifies(spanish, "Verificar", "Verificado: los 2 pasos coinciden con la blockchain");
  await spanish.getByRole("navigation", { name: "Idioma" }).getByRole("link", { name: "Français" }).click();
  await expect(spanish.getByRole("heading", { level: 2, name: "Son parcours" })).toBeVisible();
  await expect(spanish.getByRole("link", { name: "Français" })).toHaveAttribute("aria-current", "true");

  // An unknown lot: the resolver's 404, in the shopper's language.
  const missing = await spanish.goto(publicPath.replace(/\/10\/.*$/, "/10/NOPE1"));
  expect(missing?.status()).toBe(404);
  await expect(spanish.getByRole("heading", { level: 1, name: "No encontrado" })).toBeVisible();
  await expect(spanish.locator("html")).toHaveAttribute("lang", "es");

  // A language the app does not speak falls back to English.
  const other = await shopper(browser, "ja-JP");
  await other.goto(publicPath);
  await expect(other.getByRole("heading", { level: 2, name: "Its journey" })).toBeVisible();
  await expect(other.locator("html")).toHaveAttribute("lang", "en");
});

test("the widget's snippet, pasted into a plain page of another origin, shows the lot's journey; other pages still refuse to be framed", async ({
  page,
}) => {
  const { lotUrl, publicPath } = await supplierWithLot(page);
  await page.goto(lotUrl);
  const snippet = (await page.getByTestId("embed-snippet").textContent()) ?? "";
  expect(snippet).toContain("/embed/01/");
  const shopSnippet = snippet.replace(/src="([^"]+)"/, 'src="$1?lang=de"');

  // The shop: a plain HTML page served by this test on its own origin.
  const shop = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(
      `<!doctype html><html lang="de"><head><title>Kaffee-Shop</title></head><body><h1>Unser Kaffee</h1>${shopSnippet}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => shop.listen(0, "127.0.0.1", resolve));
  try {
    const shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}/`;
    await page.goto(shopUrl);
    await expect(page.getByRole("heading", { name: "Unser Kaffee" })).toBeVisible();
    const widget = page.frameLocator("iframe");
    await expect(widget.getByRole("heading", { name: "Single-origin coffee, 1 kg" })).toBeVisible();
    await expect(widget.getByTestId("embed-step")).toHaveCount(2);
    await expect(widget.getByTestId("embed-step").nth(0)).toContainText("Inbetriebnahme");
    await expect(widget.getByTestId("embed-step").nth(1)).toContainText("Versand");
    await expect(
      widget.getByRole("link", { name: /Auf dem vollständigen Nachweis selbst prüfen/ }),
    ).toHaveAttribute("href", new RegExp(`${publicPath}\\?lang=de$`));
  } finally {
    shop.close();
  }

  const embedded = await page.request.get(new URL(snippet.match(/src="([^"]+)"/)?.[1] ?? "").pathname);
  expect(embedded.headers()["x-frame-options"]).toBeUndefined();
  expect(embedded.headers()["content-security-policy"]).toContain("frame-ancestors *");
  const consumer = await page.request.get(publicPath);
  expect(consumer.headers()["x-frame-options"]).toBe("DENY");
});

test("the scan counter counts a shopper's visit, not a prefetch or a bot, and the lot's dashboard shows it", async ({
  page,
  browser,
}) => {
  const { lotUrl, publicPath } = await supplierWithLot(page);
  await page.goto(lotUrl);
  await expect(page.getByTestId("scan-total")).toHaveText("0");

  await page.request.get(publicPath, {
    headers: { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1)" },
  });
  await page.request.get(publicPath, { headers: { "next-router-prefetch": "1", rsc: "1" } });
  await page.request.get(publicPath, { headers: { "sec-purpose": "prefetch" } });
  const visitor = await shopper(browser, "nl-NL");
  await visitor.goto(publicPath);
  await expect(visitor.getByRole("heading", { level: 2, name: "Zijn reis" })).toBeVisible();

  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("scan-total")).toHaveText("1", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByTestId("scan-counts")).toContainText("1 today");
  await expectNoAccessibilityViolations(page);
});

test("the consumer page's record is in the HTML as it arrives, painted without JavaScript: no skeleton waiting for a script to reveal it", async ({
  page,
  browser,
}) => {
  const { gtin, publicPath } = await supplierWithLot(page);
  // A browser that runs no script sees only what the HTML paints by itself; a record streamed in
  // behind a skeleton stays hidden until React's inline script moves it in.
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
  const shopperWithoutScripts = await context.newPage();

  const lot = await shopperWithoutScripts.goto(publicPath);
  expect(lot?.status()).toBe(200);
  await expect(
    shopperWithoutScripts.getByRole("heading", { level: 1, name: "Single-origin coffee, 1 kg" }),
  ).toBeVisible();
  await expect(shopperWithoutScripts.getByRole("heading", { level: 2, name: "Sein Weg" })).toBeVisible();
  await expect(shopperWithoutScripts.getByTestId("journey-step")).toHaveCount(2);
  await expect(shopperWithoutScripts.getByText(/Ihr Telefon vergleicht jeden Schritt/)).toBeVisible();
  await expect(shopperWithoutScripts.getByRole("button", { name: "Prüfen" })).toBeVisible();
  await expect(shopperWithoutScripts.locator("[aria-busy]")).toHaveCount(0);

  const product = await shopperWithoutScripts.goto(`/01/${gtin}`);
  expect(product?.status()).toBe(200);
  await expect(
    shopperWithoutScripts.getByRole("heading", { level: 1, name: "Single-origin coffee, 1 kg" }),
  ).toBeVisible();
  await context.close();
});
