import { readFileSync } from "node:fs";
import { type Browser, expect, type Page, type TestInfo } from "@playwright/test";
import { computeCheckDigit } from "@tracemark/sdk";
import { admitOrganization } from "./admin";
import { attachScreenshot } from "./helpers";
import { verifyEmailFromMail } from "./mail";

let counter = 0;

/** A unique suffix per call in this run (the database is fresh each run). */
export function unique(): string {
  counter += 1;
  return `${Date.now().toString(36)}${counter}`;
}

/**
 * Creates an account with email and password through the page and verifies its email from the
 * mail it was sent (the local mail sink, at /dev/mail); returns once it asks for an organisation.
 */
export async function signUp(page: Page, name = "Ana Supplier"): Promise<string> {
  const email = `supplier-${unique()}@example.test`;
  await sendSignUp(page, { name, email, password: "correct horse battery staple" });
  await expect(page.getByRole("heading", { name: "Create your organisation" })).toBeVisible();
  await verifyEmailFromMail(page, email);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Create your organisation" })).toBeVisible();
  return email;
}

/** Opens the sign-up page, fills its form with the account's name, email and password, and sends it. */
export async function sendSignUp(page: Page, account: { name: string; email: string; password: string }) {
  await page.goto("/signup");
  const form = page.getByRole("form", { name: "Sign up" });
  await form.getByLabel("Your name").fill(account.name);
  await form.getByLabel("Email").fill(account.email);
  await form.getByLabel("Password").fill(account.password);
  await form.getByRole("button", { name: "Create account" }).click();
}

/**
 * Signs up through the page and creates an organisation named `name` (made unique for the run);
 * returns its id (from the URL) and its name.
 */
export async function signUpWithOrganization(
  page: Page,
  name: string,
  gln?: string,
): Promise<{ orgId: string; orgName: string }> {
  const orgName = `${name} ${unique()}`;
  await signUp(page);
  const form = page.getByRole("form", { name: "Create organisation" });
  await form.getByLabel("Name").fill(orgName);
  if (gln) await form.getByLabel("GLN (optional)").fill(gln);
  await form.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { name: orgName })).toBeVisible();
  const orgId = /\/dashboard\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  if (!orgId) throw new Error(`no organisation id in ${page.url()}`);
  return { orgId, orgName };
}

/** Registers a product through the Products page; returns on its page. */
export async function registerProduct(page: Page, orgId: string, product: { gtin: string; name: string }) {
  await page.goto(`/dashboard/${orgId}/products`);
  const form = page.getByRole("form", { name: "Register a product" });
  await form.getByLabel("GTIN").fill(product.gtin);
  await form.getByLabel("Name").fill(product.name);
  await form.getByLabel("Category").fill("Coffee");
  await form.getByRole("button", { name: "Register product" }).click();
  await expect(page.getByRole("heading", { name: product.name })).toBeVisible();
}

/** Registers a product and one lot of it through the pages; returns the lot page's URL. */
export async function createProductAndLot(
  page: Page,
  orgId: string,
  product: { gtin: string; name: string; lotCode: string },
): Promise<string> {
  await registerProduct(page, orgId, product);
  const lotForm = page.getByRole("form", { name: "Create a lot" });
  await lotForm.getByLabel("Lot code").fill(product.lotCode);
  await lotForm.getByLabel("Production date").fill("2026-03-01");
  await lotForm.getByLabel("Expiry date").fill("2027-03-01");
  await lotForm.getByRole("button", { name: "Create lot" }).click();
  await expect(page.getByRole("heading", { name: `Lot ${product.lotCode}` })).toBeVisible();
  return page.url();
}

/** Adds a location with coordinates through the Locations page. */
export async function addLocation(
  page: Page,
  orgId: string,
  location: { name: string; city: string; country: string; latitude: string; longitude: string },
): Promise<void> {
  await page.goto(`/dashboard/${orgId}/locations`);
  const form = page.getByRole("form", { name: "Add a location" });
  await form.getByLabel("Name").fill(location.name);
  await form.getByLabel("City").fill(location.city);
  await form.getByLabel("Country (ISO code)").fill(location.country);
  await form.getByLabel("Latitude").fill(location.latitude);
  await form.getByLabel("Longitude").fill(location.longitude);
  await form.getByRole("button", { name: "Add location" }).click();
  await expect(page.getByRole("cell", { name: location.name })).toBeVisible();
}

/** Records one event on the lot page's guided form. */
export async function recordEvent(
  page: Page,
  lotUrl: string,
  event: {
    bizStep: string;
    when: string;
    location?: string;
    quantity?: string;
    shipToGln?: string;
    /** A purchase order number, recorded as the step's reference document. */
    purchaseOrder?: string;
    document?: { name: string; content: string };
    /** Who sees the step (`public`, `partners`, `private`); else the organisation's default. */
    visibility?: string;
  },
): Promise<void> {
  await page.goto(`${lotUrl}/events/new`);
  const form = page.getByRole("form", { name: "Record an event" });
  await form.getByLabel("Business step").selectOption(event.bizStep);
  await form.getByLabel("When").fill(event.when);
  if (event.location) await form.getByLabel("Where").selectOption({ label: event.location });
  if (event.visibility) await form.getByLabel("Who sees this step").selectOption(event.visibility);
  if (event.quantity) {
    await form.getByLabel("Quantity").fill(event.quantity);
    await form.getByLabel("Unit").fill("KGM");
  }
  if (event.shipToGln || event.document || event.purchaseOrder) {
    await form.getByText("Receiving, shipping, readings and documents").click();
  }
  if (event.shipToGln) await form.getByLabel("Shipped to (GLN)").fill(event.shipToGln);
  if (event.purchaseOrder) {
    await form.getByLabel("Reference document type").selectOption("po");
    await form.getByLabel("Reference document number").fill(event.purchaseOrder);
  }
  if (event.document) {
    await form.getByLabel("Attach documents").setInputFiles({
      name: event.document.name,
      mimeType: "application/pdf",
      buffer: Buffer.from(event.document.content),
    });
  }
  await form.getByRole("button", { name: "Record event" }).click();
  await page.waitForURL(lotUrl);
}

/** Invites a wallet address to the team from the Team page; returns once the invitation is listed. */
export async function inviteByWallet(page: Page, orgId: string, address: string, role = "operator") {
  await page.goto(`/dashboard/${orgId}/team`);
  const invite = page.getByRole("form", { name: "Invite a member" });
  await invite.getByLabel("Wallet address").fill(address);
  await invite.getByLabel("Role").selectOption(role);
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("region", { name: "Open invitations" })).toContainText(
    new RegExp(`${address} as ${role}`, "i"),
  );
}

/**
 * The invited wallet's holder signs in with it and accepts; returns once they see the organisation.
 * With `testInfo`, the invitation page's screenshot is kept.
 */
export async function acceptInvitation(page: Page, orgName: string, testInfo?: TestInfo) {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in with a wallet" }).click();
  await expect(page.getByRole("heading", { name: "You are invited" })).toBeVisible();
  if (testInfo) await attachScreenshot(page, testInfo, "dashboard-invited");
  await page.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByRole("heading", { name: orgName })).toBeVisible();
}

/** A valid GTIN-14 unique to this run and call. */
export function newGtin(): string {
  const body = `0950600${String(Date.now() % 1_000_000).padStart(6, "0")}`.slice(0, 13);
  const varied = `${body.slice(0, 7)}${String((Number(body.slice(7)) + Math.floor(Math.random() * 999_999)) % 1_000_000).padStart(6, "0")}`;
  return `${varied}${computeCheckDigit(varied)}`;
}

/** A supplier with an admitted organisation, two places, a lot and two recorded steps. */
export async function supplierWithLot(page: Page) {
  const { orgId, orgName } = await signUpWithOrganization(page, "Finca Aurora");
  await admitOrganization(orgId);
  await addLocation(page, orgId, {
    name: "Finca Aurora farm",
    city: "Pitalito",
    country: "CO",
    latitude: "1.853",
    longitude: "-76.051",
  });
  await addLocation(page, orgId, {
    name: "Rotterdam roastery",
    city: "Rotterdam",
    country: "NL",
    latitude: "51.924",
    longitude: "4.478",
  });
  const gtin = newGtin();
  const lotCode = `L${unique()}`.slice(0, 20);
  const lotUrl = await createProductAndLot(page, orgId, {
    gtin,
    name: "Single-origin coffee, 1 kg",
    lotCode,
  });
  await recordEvent(page, lotUrl, {
    bizStep: "commissioning",
    when: "2026-03-12T09:30",
    location: "Finca Aurora farm (Pitalito)",
    quantity: "1200",
  });
  await recordEvent(page, lotUrl, {
    bizStep: "shipping",
    when: "2026-04-02T14:00",
    location: "Rotterdam roastery (Rotterdam)",
    document: { name: "delivery-note.pdf", content: `%PDF-1.7 delivery note of lot ${lotCode}` },
  });
  return { orgId, orgName, gtin, lotCode, lotUrl, publicPath: `/01/${gtin}/10/${lotCode}` };
}

/** A valid GLN unique to this run and call. */
export function newGln(): string {
  const body = `95060${String(Date.now() % 10_000_000).padStart(7, "0")}`;
  return `${body}${computeCheckDigit(body)}`;
}

/** Opens the lot `lotCode` from the organisation's list of lots (its own or received). */
export async function openLotFromList(page: Page, orgId: string, lotCode: string) {
  await page.goto(`/dashboard/${orgId}/lots`);
  await page.getByRole("row").filter({ hasText: lotCode }).getByRole("link", { name: lotCode }).click();
  await expect(page.getByRole("heading", { name: `Lot ${lotCode}` })).toBeVisible();
}

/** Receives every shipment waiting on the organisation's overview, the one of `lotCode` among them. */
export async function receiveIncoming(page: Page, orgId: string, lotCode: string) {
  await page.goto(`/dashboard/${orgId}`);
  const incoming = page.getByRole("region", { name: "Incoming shipments" });
  await expect(incoming).toContainText(`lot ${lotCode}`);
  await incoming.getByRole("button", { name: "Receive" }).click();
  await expect(incoming).toContainText("Nothing on its way to you.");
}

/**
 * A grower (`supplierWithLot`) ships its lot to a roaster, another company signed up in its own
 * browser context, who receives it. `beforeShipping` records what the grower does in between;
 * `visibility` is the shipping's.
 */
export async function growerShipsToRoaster(
  page: Page,
  browser: Browser,
  {
    beforeShipping,
    visibility,
  }: {
    beforeShipping?: (grower: Awaited<ReturnType<typeof supplierWithLot>>) => Promise<void>;
    visibility?: string;
  } = {},
) {
  const grower = await supplierWithLot(page);
  await beforeShipping?.(grower);
  const {
    context: roasterContext,
    page: roaster,
    orgName: roasterName,
    orgId: roasterOrg,
    gln: roasterGln,
  } = await otherCompany(browser, "Roaster");
  await recordEvent(page, grower.lotUrl, {
    bizStep: "shipping",
    when: "2026-04-10T08:00",
    shipToGln: roasterGln,
    ...(visibility ? { visibility } : {}),
  });
  await receiveIncoming(roaster, roasterOrg, grower.lotCode);
  return { grower, roasterContext, roaster, roasterName, roasterOrg };
}

/**
 * Another company, in a browser context of its own: an account with an organisation named `name`
 * (made unique) and a new GLN, admitted by the platform, so that lots can be shipped to it.
 */
export async function otherCompany(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const gln = newGln();
  const { orgId, orgName } = await signUpWithOrganization(page, name, gln);
  await admitOrganization(orgId);
  return { context, page, gln, orgName, orgId };
}

/**
 * Sends a file through the organisation's import page (CSV, XLSX or EPCIS 2.0 JSON), saying what it
 * holds when it is not events; the page then follows the import job and reports it.
 */
export async function importFile(
  page: Page,
  orgId: string,
  file: { name: string; mimeType: string; buffer: Buffer },
  holds?: string,
) {
  await page.goto(`/dashboard/${orgId}/import`);
  if (holds) await page.getByLabel("What the file holds").selectOption(holds);
  const input = page.getByLabel("File to import (CSV, XLSX or EPCIS 2.0 JSON)");
  await expect(input).toBeEnabled();
  await input.setInputFiles(file);
}

/** Opens the organisation's exports page for a period (dates as `YYYY-MM-DD`). */
export async function openExports(page: Page, orgId: string, from: string, to: string) {
  await page.goto(`/dashboard/${orgId}/exports`);
  await page.getByLabel("From").fill(from);
  await page.getByLabel("To").fill(to);
  await page.getByRole("button", { name: "Choose period" }).click();
}

/** Clicks the link named `name` of the page and answers the text of the file it downloads. */
export async function downloadText(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name }).click(),
  ]);
  return readFileSync(await download.path(), "utf8");
}
