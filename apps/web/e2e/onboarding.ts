import { type Browser, expect, type Page } from "@playwright/test";
import { platformAdmin } from "./stack";

/** The platform administrator signs in through the page (and lands on the admin console). */
export async function adminSignsIn(page: Page): Promise<void> {
  await page.goto("/signin");
  const form = page.getByRole("form", { name: "Sign in with email" });
  await form.getByLabel("Email").fill(platformAdmin.email);
  await form.getByLabel("Password").fill(platformAdmin.password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** A platform administrator admits the organisation from the admin console, in a browser context of their own. */
export async function admitFromConsole(browser: Browser, orgId: string, orgName: string): Promise<void> {
  const context = await browser.newContext();
  try {
    const admin = await context.newPage();
    await adminSignsIn(admin);
    await admin.goto(`/admin/organizations/${orgId}`);
    await admin.getByRole("button", { name: `Admit ${orgName}` }).click();
    await expect(admin.getByText("active", { exact: true })).toBeVisible();
  } finally {
    await context.close();
  }
}
