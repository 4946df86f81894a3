import { expect, type Page } from "@playwright/test";

/**
 * Opens the newest mail to `to` whose subject has `subject` on the web app's /dev/mail page (the
 * local mail sink's mail, as a developer sees it) and follows its link to `path`.
 */
export async function openMailLink(page: Page, to: string, subject: string, path: string): Promise<void> {
  const mail = page
    .getByRole("article")
    .filter({ hasText: `To ${to}` })
    .filter({ hasText: subject })
    .first();
  await expect(async () => {
    await page.goto("/dev/mail");
    await expect(mail).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await mail.getByRole("link").filter({ hasText: path }).first().click();
  await expect(page).toHaveURL(new RegExp(`${path}\\?token=`));
}

/** Opens the verification link mailed to `email` and verifies it. */
export async function verifyEmailFromMail(page: Page, email: string): Promise<void> {
  await openMailLink(page, email, "Verify your email", "/verify-email");
  await page.getByRole("button", { name: "Verify my email" }).click();
  await expect(page.getByText("Your email is verified.")).toBeVisible();
}
