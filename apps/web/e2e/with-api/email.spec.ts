import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations, readmeScreenshot } from "../helpers";
import { sendSignUp, signUp, signUpWithOrganization, unique } from "../journeys";
import { openMailLink, verifyEmailFromMail } from "../mail";
import { admitFromConsole } from "../onboarding";

test.setTimeout(180_000);

const PASSWORD = "correct horse battery staple";

test("an owner invites by email; the invitee opens the mailed link, signs up, verifies from the second mail, and joins", async ({
  page,
  browser,
}, testInfo) => {
  const { orgId, orgName } = await signUpWithOrganization(page, "Finca Correo");
  const inviteeEmail = `invitee-${unique()}@example.test`;
  await page.goto(`/dashboard/${orgId}/team`);
  const inviteForm = page.getByRole("form", { name: "Invite by email" });
  await inviteForm.getByLabel("Email").fill(inviteeEmail);
  await inviteForm.getByRole("button", { name: "Mail invitation" }).click();
  await expect(inviteForm.getByText(`Invitation mailed to ${inviteeEmail}.`)).toBeVisible();
  await expect(page.getByText(`${inviteeEmail} as operator`)).toBeVisible();
  await readmeScreenshot(page, testInfo, "team-invite-by-email");

  const context = await browser.newContext();
  const invitee = await context.newPage();
  await openMailLink(invitee, inviteeEmail, `You're invited to join ${orgName}`, "/invite");
  await expect(invitee.getByRole("heading", { name: `Join ${orgName}` })).toBeVisible();
  await expectNoAccessibilityViolations(invitee);
  await readmeScreenshot(invitee, testInfo, "invitation");
  const inviteUrl = invitee.url();

  await invitee.getByRole("link", { name: "Sign up with this email" }).click();
  const form = invitee.getByRole("form", { name: "Sign up" });
  await expect(form.getByLabel("Email")).toHaveValue(inviteeEmail);
  await form.getByLabel("Your name").fill("Bo Invited");
  await form.getByLabel("Password").fill(PASSWORD);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(invitee).toHaveURL(inviteUrl);
  await expect(invitee.getByText(/Verify your email first/)).toBeVisible();

  await verifyEmailFromMail(invitee, inviteeEmail);
  await readmeScreenshot(invitee, testInfo, "verify-email");
  await invitee.goto(inviteUrl);
  await invitee.getByRole("button", { name: "Accept invitation" }).click();
  await expect(invitee).toHaveURL(new RegExp(`/dashboard/${orgId}`));
  await expect(invitee.getByRole("heading", { name: orgName })).toBeVisible();

  // The link is used up.
  await invitee.goto(inviteUrl);
  await expect(invitee.getByRole("heading", { name: "This invitation can’t be used" })).toBeVisible();
  await expect(invitee.getByText(/This invitation was already accepted/)).toBeVisible();

  await page.goto("/dev/mail");
  await expect(page.getByRole("heading", { name: "Sent mail" })).toBeVisible();
  await readmeScreenshot(page, testInfo, "dev-mail");
  await context.close();
});

test("a new account signs up, cannot create an organisation until it verifies, then creates it (pending) and is admitted from the admin console", async ({
  page,
  browser,
}, testInfo) => {
  const email = `founder-${unique()}@example.test`;
  await sendSignUp(page, { name: "Cleo Founder", email, password: PASSWORD });
  await expect(page.getByRole("heading", { name: "Verify your email" })).toBeVisible();
  await readmeScreenshot(page, testInfo, "dashboard-unverified");

  const orgName = `Cooperativa ${unique()}`;
  const create = page.getByRole("form", { name: "Create organisation" });
  await create.getByLabel("Name").fill(orgName);
  await create.getByRole("button", { name: "Create organisation" }).click();
  await expect(create.getByRole("alert")).toHaveText(/Verify your email before you create an organisation/);

  await verifyEmailFromMail(page, email);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Verify your email" })).toHaveCount(0);
  await create.getByLabel("Name").fill(orgName);
  await create.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { name: orgName })).toBeVisible();
  await expect(page.getByText("Waiting to be admitted by a platform administrator")).toBeVisible();
  const orgId = /\/dashboard\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";

  await admitFromConsole(browser, orgId, orgName);
  await page.reload();
  await expect(page.getByText("Admitted: your events are anchored on chain.")).toBeVisible();
});

test("password reset end to end: asked from the sign-in page, set from the mailed link, every session signed out", async ({
  page,
  browser,
}, testInfo) => {
  const email = await signUp(page, "Dee Forgetful");
  const otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  await other.goto("/signin");
  const signIn = other.getByRole("form", { name: "Sign in with email" });
  await signIn.getByLabel("Email").fill(email);
  await signIn.getByLabel("Password").fill(PASSWORD);
  await signIn.getByRole("button", { name: "Sign in" }).click();
  await expect(other).toHaveURL(/\/dashboard/);

  await page.context().clearCookies();
  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  const ask = page.getByRole("form", { name: "Reset your password" });
  await ask.getByLabel("Email").fill(email);
  await ask.getByRole("button", { name: "Send reset link" }).click();
  await expect(ask.getByText(/If an account has this email, a link/)).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await readmeScreenshot(page, testInfo, "reset-password-request");

  await openMailLink(page, email, "Reset your Tracemark password", "/reset-password");
  const choose = page.getByRole("form", { name: "Choose a new password" });
  await choose.getByLabel("New password").fill("a brand new passphrase");
  await readmeScreenshot(page, testInfo, "reset-password-choose");
  await choose.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/signin\?reset=done/);
  await expect(page.getByText(/Your password is changed/)).toBeVisible();

  await other.goto("/dashboard");
  await expect(other).toHaveURL(/\/signin/);
  await otherDevice.close();

  const again = page.getByRole("form", { name: "Sign in with email" });
  await again.getByLabel("Email").fill(email);
  await again.getByLabel("Password").fill("a brand new passphrase");
  await again.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Create your organisation" })).toBeVisible();
});
