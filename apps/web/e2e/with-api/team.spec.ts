import { expect, type Page, test } from "@playwright/test";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import { acceptInvitation, inviteByWallet, signUpWithOrganization } from "../journeys";
import { personWithWallet } from "../wallet";

test.setTimeout(120_000);

/** The team table's row of a member, found by what it shows (name, email or wallet). */
const memberRow = (page: Page, text: string) => page.getByRole("row").filter({ hasText: text });

test("an owner changes a member's role and removes them; the last owner can neither leave nor step down", async ({
  page,
  browser,
}, testInfo) => {
  const { orgId, orgName } = await signUpWithOrganization(page, "Finca Norte");
  const {
    page: colleague,
    context: colleagueContext,
    wallet: colleagueWallet,
  } = await personWithWallet(browser);
  const address = colleagueWallet.address.toLowerCase();
  await inviteByWallet(page, orgId, colleagueWallet.address, "operator");
  await acceptInvitation(colleague, orgName);

  // The owner makes the operator an admin.
  await page.goto(`/dashboard/${orgId}/team`);
  const colleagueRole = page.getByRole("combobox", { name: `Role of ${address}` });
  await expect(colleagueRole).toHaveValue("operator");
  await colleagueRole.selectOption("admin");
  await memberRow(page, address).getByRole("button", { name: "Change role" }).click();
  await expect(memberRow(page, address).getByRole("button", { name: "Change role" })).toBeDisabled();
  await page.reload();
  await expect(colleagueRole).toHaveValue("admin");

  // The only owner may not step down, nor leave.
  const ownRole = page.getByRole("combobox", { name: "Role of Ana Supplier" });
  await ownRole.selectOption("viewer");
  const ownRow = memberRow(page, "(you)");
  await ownRow.getByRole("button", { name: "Change role" }).click();
  await expect(ownRow.getByRole("alert")).toHaveText("An organisation must keep at least one owner.");
  await expect(ownRole).toHaveValue("owner");
  await ownRow.getByRole("button", { name: "Leave the organisation" }).click();
  const leave = page.getByRole("dialog", { name: `Leave ${orgName}?` });
  await leave.getByRole("button", { name: "Leave" }).click();
  await expect(ownRow.getByRole("alert").last()).toHaveText("An organisation must keep at least one owner.");
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "team-last-owner");

  // An admin manages the team but cannot touch the owner.
  await colleague.goto(`/dashboard/${orgId}/team`);
  await expect(colleague.getByRole("combobox", { name: `Role of ${address}` })).toHaveValue("admin");
  await expect(colleague.getByRole("combobox", { name: "Role of Ana Supplier" })).toHaveCount(0);
  await expect(memberRow(colleague, "Ana Supplier").getByRole("button")).toHaveCount(0);
  await expect(colleague.getByRole("form", { name: "Invite a member" })).toBeVisible();
  await attachScreenshot(colleague, testInfo, "team-as-admin");

  // Made a viewer, they see the team without any control.
  await colleagueRole.selectOption("viewer");
  await memberRow(page, address).getByRole("button", { name: "Change role" }).click();
  await expect(memberRow(page, address).getByRole("button", { name: "Change role" })).toBeDisabled();
  await colleague.reload();
  await expect(
    colleague.getByText("Only admins and owners can change the team. You are a viewer in this organisation"),
  ).toBeVisible();
  await expect(colleague.getByRole("table").getByRole("combobox")).toHaveCount(0);
  await expect(colleague.getByRole("table").getByRole("button")).toHaveCount(0);
  await expect(colleague.getByRole("form", { name: "Invite a member" })).toHaveCount(0);
  await expect(memberRow(colleague, address)).toContainText("Viewer");
  await expectNoAccessibilityViolations(colleague);
  await attachScreenshot(colleague, testInfo, "team-as-viewer");

  // Removing asks first; cancelled, nothing changes; confirmed, they are gone.
  await page.reload();
  await memberRow(page, address)
    .getByRole("button", { name: `Remove ${address}` })
    .click();
  const confirmRemove = page.getByRole("dialog", { name: `Remove ${address}?` });
  await expect(confirmRemove).toBeVisible();
  await expect(confirmRemove.getByRole("button", { name: "Cancel" })).toBeFocused();
  await attachScreenshot(page, testInfo, "team-remove");
  await confirmRemove.getByRole("button", { name: "Cancel" }).click();
  await expect(confirmRemove).toBeHidden();
  await expect(memberRow(page, address)).toBeVisible();
  await memberRow(page, address)
    .getByRole("button", { name: `Remove ${address}` })
    .click();
  await confirmRemove.getByRole("button", { name: "Remove" }).click();
  await expect(memberRow(page, address)).toHaveCount(0);

  // The removed member no longer belongs to the organisation.
  await colleague.goto("/dashboard");
  await expect(colleague.getByRole("heading", { name: "Create your organisation" })).toBeVisible();
  await colleagueContext.close();
});

test("an owner withdraws an invitation after a confirmation; the wallet then finds no invitation", async ({
  page,
  browser,
}, testInfo) => {
  const { orgId } = await signUpWithOrganization(page, "Molino Sur");
  const { page: invitee, context: inviteeContext, wallet: inviteeWallet } = await personWithWallet(browser);
  const address = inviteeWallet.address.toLowerCase();
  await inviteByWallet(page, orgId, inviteeWallet.address, "viewer");

  const invitations = page.getByRole("region", { name: "Open invitations" });
  const withdraw = invitations.getByRole("button", { name: `Withdraw the invitation to ${address}` });
  await withdraw.click();
  const confirm = page.getByRole("dialog", { name: "Withdraw this invitation?" });
  await expect(confirm).toContainText(`${address} can no longer join as viewer`);
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "team-withdraw-invitation");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await page.reload();
  await expect(invitations).toContainText(address);

  await withdraw.click();
  await confirm.getByRole("button", { name: "Withdraw invitation" }).click();
  await expect(invitations).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Team" })).toBeVisible();
  await expect(page.getByText(address)).toHaveCount(0);
  await attachScreenshot(page, testInfo, "team-invitation-withdrawn");

  // The wallet signs in and finds nothing to accept.
  await invitee.goto("/signin");
  await invitee.getByRole("button", { name: "Sign in with a wallet" }).click();
  await expect(invitee.getByRole("heading", { name: "Create your organisation" })).toBeVisible();
  await expect(invitee.getByRole("heading", { name: "You are invited" })).toHaveCount(0);
  await inviteeContext.close();
});
