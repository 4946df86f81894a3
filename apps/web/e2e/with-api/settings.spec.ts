import { expect, test } from "@playwright/test";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import { acceptInvitation, downloadText, inviteByWallet, openExports, supplierWithLot } from "../journeys";
import { personWithWallet } from "../wallet";

test.setTimeout(120_000);

test("an owner manages API keys, webhooks (pause, resume, delete) and invitations, and exports FSMA 204 and EPCIS records", async ({
  page,
  browser,
}, testInfo) => {
  const { orgId, orgName, lotCode } = await supplierWithLot(page);
  const {
    page: colleague,
    context: colleagueContext,
    wallet: colleagueWallet,
  } = await personWithWallet(browser);

  await page.goto(`/dashboard/${orgId}/api-keys`);
  const keyForm = page.getByRole("form", { name: "Create an API key" });
  await keyForm.getByLabel("Name").fill("Warehouse gateway");
  await keyForm.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByText(/Copy it now, it is shown only once: \S{16,}/)).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Warehouse gateway" });
  await expect(row).toContainText("operator");
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-api-keys");
  // Revoking asks first, Cancel focused; Cancel leaves the key working.
  await row.getByRole("button", { name: "Revoke Warehouse gateway" }).click();
  const confirmRevoke = page.getByRole("dialog", { name: "Revoke the API key Warehouse gateway?" });
  await expect(confirmRevoke).toContainText("Every integration using the key");
  await expect(confirmRevoke.getByRole("button", { name: "Cancel" })).toBeFocused();
  await confirmRevoke.getByRole("button", { name: "Cancel" }).click();
  await expect(confirmRevoke).toBeHidden();
  await page.reload();
  await expect(row).not.toContainText("Revoked");
  await row.getByRole("button", { name: "Revoke Warehouse gateway" }).click();
  await confirmRevoke.getByRole("button", { name: "Revoke key" }).click();
  await expect(row).toContainText("Revoked");

  await page.goto(`/dashboard/${orgId}/webhooks`);
  const hookForm = page.getByRole("form", { name: "Add a webhook" });
  await hookForm.getByLabel("Endpoint URL").fill("https://erp.example.com/hooks/tracemark");
  await hookForm.getByRole("button", { name: "Add webhook" }).click();
  await expect(page.getByText(/signing secret \(shown once\)/)).toBeVisible();
  // The URL's cell also links to the webhook's delivery log.
  const hookCell = page.getByRole("cell").filter({
    has: page.getByRole("link", {
      name: "Delivery log of https://erp.example.com/hooks/tracemark",
      exact: true,
    }),
  });
  await expect(hookCell).toBeVisible();
  await expect(hookCell).toContainText("https://erp.example.com/hooks/tracemark");
  await attachScreenshot(page, testInfo, "dashboard-webhooks");

  // Paused, it receives nothing until resumed; deleting it asks first.
  const hookRow = page.getByRole("row").filter({ hasText: "https://erp.example.com/hooks/tracemark" });
  const hookActive = async () => {
    const hooks = (await (await page.request.get(`/api/v1/orgs/${orgId}/webhooks`)).json()) as {
      active: boolean;
    }[];
    return hooks.map((hook) => hook.active);
  };
  await hookRow.getByRole("button", { name: "Pause https://erp.example.com/hooks/tracemark" }).click();
  await expect(hookRow.getByText("Paused", { exact: true })).toBeVisible();
  expect(await hookActive()).toEqual([false]);
  await attachScreenshot(page, testInfo, "dashboard-webhook-paused");
  await hookRow.getByRole("button", { name: "Resume https://erp.example.com/hooks/tracemark" }).click();
  await expect(hookRow.getByText("Active", { exact: true })).toBeVisible();
  expect(await hookActive()).toEqual([true]);

  await hookRow.getByRole("button", { name: "Delete https://erp.example.com/hooks/tracemark" }).click();
  const confirmDelete = page.getByRole("dialog", { name: "Delete this webhook?" });
  await expect(confirmDelete).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-webhook-delete");
  await page.keyboard.press("Escape");
  await expect(confirmDelete).toBeHidden();
  await expect(hookRow).toBeVisible();
  await hookRow.getByRole("button", { name: "Delete https://erp.example.com/hooks/tracemark" }).click();
  await confirmDelete.getByRole("button", { name: "Delete webhook" }).click();
  await expect(page.getByText("No webhooks yet.")).toBeVisible();
  expect(await hookActive()).toEqual([]);

  await inviteByWallet(page, orgId, colleagueWallet.address);
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-team");

  // The colleague signs in with that wallet and accepts.
  await acceptInvitation(colleague, orgName, testInfo);
  await colleagueContext.close();

  await openExports(page, orgId, "2026-01-01", "2026-12-31");
  expect(await downloadText(page, "FSMA 204 (CSV)")).toContain(lotCode);
  const document = JSON.parse(await downloadText(page, "EPCIS 2.0 JSON-LD")) as {
    type: string;
    epcisBody: { eventList: unknown[] };
  };
  expect(document.type).toBe("EPCISDocument");
  expect(document.epcisBody.eventList).toHaveLength(2);
  await attachScreenshot(page, testInfo, "dashboard-exports");
});
