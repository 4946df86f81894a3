import { expect, test } from "@playwright/test";
import { sendSignUp, unique } from "../journeys";

test("signing up with an email that has an account, with another password, says so and opens nothing; with its password, signs in", async ({
  page,
}) => {
  const email = `twice-${unique()}@example.test`;
  const signUpWith = (password: string) => sendSignUp(page, { name: "Ana Twice", email, password });
  await signUpWith("correct horse battery staple");
  await expect(page.getByRole("heading", { name: "Create your organisation" })).toBeVisible();
  await page.context().clearCookies();

  await signUpWith("another long password");
  await expect(page.getByRole("alert").filter({ hasText: "An account already uses this email" })).toHaveText(
    "An account already uses this email. Sign in with its password, or sign up with another email.",
  );
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin/);

  await signUpWith("correct horse battery staple");
  await expect(page.getByRole("heading", { name: "Create your organisation" })).toBeVisible();
});
