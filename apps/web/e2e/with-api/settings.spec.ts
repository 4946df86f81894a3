import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import { supplierWithLot } from "../journeys";
import { e2eStack } from "../stack";
import { installTestWallet } from "../wallet";

test.setTimeout(120_000);

test("an owner manages API keys, webhooks and invitations, and exports FSMA 204 and EPCIS records", async ({
  page,
  browser,
}, testInfo) => {
  const { orgId, orgName, lotCode } = await supplierWithLot(page);
  const { ports } = await e2eStack();
  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  const colleagueWallet = await installTestWallet(colleague, `http://127.0.0.1:${ports.anvil}`);

  await page.goto(`/dashboard/${orgId}/api-keys`);
  const keyForm = page.getByRole("form", { name: "Create an API key" });
  await keyForm.getByLabel("Name").fill("Warehouse gateway");
  await keyForm.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByText(/Copy it now, it is shown only once: \S{16,}/)).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Warehouse gateway" });
  await expect(row).toContainText("operator");
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-api-keys");
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("Revoked");

  await page.goto(`/dashboard/${orgId}/webhooks`);
  const hookForm = page.getByRole("form", { name: "Add a webhook" });
  await hookForm.getByLabel("Endpoint URL").fill("https://erp.example.com/hooks/tracemark");
  await hookForm.getByRole("button", { name: "Add webhook" }).click();
  await expect(page.getByText(/signing secret \(shown once\)/)).toBeVisible();
  await expect(page.getByRole("cell", { name: "https://erp.example.com/hooks/tracemark" })).toBeVisible();
  await attachScreenshot(page, testInfo, "dashboard-webhooks");

  await page.goto(`/dashboard/${orgId}/team`);
  const invite = page.getByRole("form", { name: "Invite a member" });
  await invite.getByLabel("Wallet address").fill(colleagueWallet.address);
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("region", { name: "Open invitations" })).toContainText(
    new RegExp(`${colleagueWallet.address} as operator`, "i"),
  );
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-team");

  // The colleague signs in with that wallet and accepts.
  await colleague.goto("/signin");
  await colleague.getByRole("button", { name: "Sign in with a wallet" }).click();
  await expect(colleague.getByRole("heading", { name: "You are invited" })).toBeVisible();
  await attachScreenshot(colleague, testInfo, "dashboard-invited");
  await colleague.getByRole("button", { name: "Accept" }).click();
  await expect(colleague.getByRole("heading", { name: orgName })).toBeVisible();
  await colleagueContext.close();

  await page.goto(`/dashboard/${orgId}/exports`);
  await page.getByLabel("From").fill("2026-01-01");
  await page.getByLabel("To").fill("2026-12-31");
  await page.getByRole("button", { name: "Choose period" }).click();
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "FSMA 204 (CSV)" }).click(),
  ]);
  expect(readFileSync(await csv.path(), "utf8")).toContain(lotCode);
  const [epcis] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "EPCIS 2.0 JSON-LD" }).click(),
  ]);
  const document = JSON.parse(readFileSync(await epcis.path(), "utf8")) as {
    type: string;
    epcisBody: { eventList: unknown[] };
  };
  expect(document.type).toBe("EPCISDocument");
  expect(document.epcisBody.eventList).toHaveLength(2);
  await attachScreenshot(page, testInfo, "dashboard-exports");
});
