import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, type TestInfo, test } from "@playwright/test";
import { auditorSignsIn } from "../auditing";
import { attachScreenshot } from "../helpers";
import { newGtin, registerProduct, signUpWithOrganization, unique } from "../journeys";
import { adminSignsIn } from "../onboarding";
import { platformAdmin, repoRoot } from "../stack";

test.setTimeout(180_000);

/**
 * Keeps the screenshot in the test's report; with UPDATE_SCREENSHOTS=1, also as the README's
 * docs/screenshots/<name>.png.
 */
async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  await attachScreenshot(page, testInfo, name);
  if (process.env.UPDATE_SCREENSHOTS === "1")
    await page.screenshot({ path: path.join(repoRoot, "docs/screenshots", `${name}.png`), fullPage: true });
}

test("an admin admits a pending organisation and accredits an auditor from the console; the audit trail lists those writes and a product edit, and downloads as CSV", async ({
  page,
  browser,
}, testInfo) => {
  // A supplier signs up: their organisation waits to be admitted. They register a product and rename it.
  const { orgId, orgName } = await signUpWithOrganization(page, "Finca Admitida");
  const productName = `Green coffee ${unique()}`;
  await registerProduct(page, orgId, { gtin: newGtin(), name: productName });
  const edit = page.getByRole("form", { name: "Edit product" });
  await edit.getByLabel("Name").fill(`${productName} (washed)`);
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: `${productName} (washed)` })).toBeVisible();

  // An auditor signs in with a wallet and is told they are not accredited yet.
  const { auditorContext, wallet } = await auditorSignsIn(browser);

  // The platform administrator signs in and lands on the console, not on "Create your organisation".
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await adminSignsIn(admin);
  await expect(admin).toHaveURL(/\/admin$/);
  await expect(admin.getByRole("heading", { name: "Admin console" })).toBeVisible();
  await expect(admin.getByRole("region", { name: "System status" }).getByText("Ready")).toBeVisible();
  const organisations = admin.getByRole("region", { name: "Organisations" });
  await expect(organisations.getByRole("link", { name: orgName })).toBeVisible();
  await screenshot(admin, testInfo, "admin-console");

  // The organisation's page shows its details and members.
  await organisations.getByRole("link", { name: orgName }).click();
  await expect(admin.getByRole("heading", { name: orgName })).toBeVisible();
  await expect(admin.getByRole("cell", { name: "owner" })).toBeVisible();
  await screenshot(admin, testInfo, "admin-organisation");

  // Admitted from the console: it leaves the pending list and shows among the active ones.
  await admin.getByRole("button", { name: `Admit ${orgName}` }).click();
  await expect(admin.getByText("active", { exact: true })).toBeVisible();
  await admin.goto("/admin?status=active");
  await expect(organisations.getByRole("link", { name: orgName })).toBeVisible();

  // Accredited from the console: its transaction goes from pending to confirmed as the submitter sends it.
  const auditors = admin.getByRole("region", { name: "Auditors" });
  const find = admin.getByRole("form", { name: "Find a user" });
  await find.getByLabel("Find a user by email, name or wallet").fill(wallet.address);
  await find.getByRole("button", { name: "Find" }).click();
  const accredit = admin.getByRole("form", { name: "Accredit an auditor" });
  const auditorName = `Certa Audits ${unique()}`;
  await accredit.getByLabel("Name shown on attestations").fill(auditorName);
  await accredit.getByRole("button", { name: "Accredit" }).click();
  const row = auditors.getByRole("row").filter({ hasText: auditorName });
  await expect(row.getByText(/Accreditation: (Pending|Confirmed)/)).toBeVisible();
  await expect(row.getByText("Accreditation: Confirmed on chain")).toBeVisible({ timeout: 90_000 });
  await screenshot(admin, testInfo, "admin-auditors");

  // The platform's audit trail lists the admission and the accreditation, by the administrator.
  await admin.goto("/admin/audit-trail");
  const trail = admin.getByRole("table");
  await expect(trail.getByRole("row").filter({ hasText: "Auditors · Created" }).first()).toContainText(
    platformAdmin.email,
  );
  await expect(
    trail.getByRole("row").filter({ hasText: orgName }).filter({ hasText: "status: pending → active" }),
  ).toContainText(platformAdmin.email);
  await screenshot(admin, testInfo, "admin-audit-trail");

  // The owner's audit trail lists the admission and the product edit; filtered to products, it downloads as CSV.
  await page.goto(`/dashboard/${orgId}/audit-trail`);
  await expect(page.getByRole("row").filter({ hasText: "status: pending → active" })).toBeVisible();
  const filters = page.getByRole("form", { name: "Filter the audit trail" });
  await filters.getByLabel("What").selectOption({ label: "Products" });
  await filters.getByRole("button", { name: "Filter" }).click();
  const rename = page.getByRole("row").filter({ hasText: `name: ${productName} → ${productName} (washed)` });
  await expect(rename).toBeVisible();
  await screenshot(page, testInfo, "dashboard-audit-trail");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe(
    "id,at,organization,actor_kind,actor,ip,user_agent,entity,entity_id,action,field,from,to",
  );
  expect(csv).toContain(`"""${productName} (washed)"""`);
  expect(csv).not.toContain("organizations");

  await auditorContext.close();
  await adminContext.close();
});

test("the console is the platform administrator's: a supplier gets the not-found page", async ({ page }) => {
  await signUpWithOrganization(page, "Curious");
  // The page streams (its status is sent before the check answers), so the 404 is the page's, not the status code's.
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Admin console" })).toHaveCount(0);
});
