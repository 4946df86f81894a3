import { expect, test } from "@playwright/test";
import { accreditAuditor } from "../admin";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import { supplierWithLot, unique } from "../journeys";
import { e2eStack } from "../stack";
import { installTestWallet } from "../wallet";

test.setTimeout(120_000);

test("an auditor signs an attestation with their wallet, it shows on the consumer page, and they revoke it", async ({
  page,
  browser,
}, testInfo) => {
  const { ports } = await e2eStack();
  const auditorName = `Certa Audits ${unique()}`;

  // The auditor signs in with a wallet (SIWE) and is accredited by the platform administrator.
  const auditorContext = await browser.newContext();
  const auditor = await auditorContext.newPage();
  const wallet = await installTestWallet(auditor, `http://127.0.0.1:${ports.anvil}`);
  await auditor.goto("/auditor");
  await auditor.getByRole("button", { name: "Sign in with a wallet" }).click();
  await expect(auditor.getByRole("heading", { name: "Not accredited yet" })).toBeVisible();
  await expect(auditor.getByText(wallet.address, { exact: false })).toBeVisible();
  const me = (await (await auditor.request.get("/api/v1/auth/me")).json()) as { id: string };
  await accreditAuditor(me.id, auditorName);

  // The supplier asks that auditor to audit a lot.
  const { lotUrl, lotCode, publicPath } = await supplierWithLot(page);
  await page.goto(lotUrl);
  const ask = page.getByRole("form", { name: "Ask an auditor" });
  await ask.getByRole("combobox", { name: "Auditor" }).selectOption({ label: auditorName });
  await ask.getByRole("button", { name: "Ask for an audit" }).click();
  await expect(page.getByText("The auditor can now inspect this lot")).toBeVisible();

  // The auditor inspects the lot and signs an EIP-712 attestation (EAS delegated format).
  await auditor.goto("/auditor");
  await expect(auditor.getByRole("heading", { name: "Lots to audit" })).toBeVisible();
  await expectNoAccessibilityViolations(auditor);
  await attachScreenshot(auditor, testInfo, "auditor-requests");
  await auditor.getByRole("link", { name: lotCode }).click();
  await expect(
    auditor.getByRole("heading", { name: `Single-origin coffee, 1 kg · lot ${lotCode}` }),
  ).toBeVisible();
  await expect(auditor.getByRole("region", { name: "Recorded events" }).getByRole("listitem")).toHaveCount(2);
  const form = auditor.getByRole("form", { name: "Sign an attestation" });
  await form.getByLabel("Claim").fill("Rainforest Alliance certified farm");
  await form.getByLabel("Evidence document").setInputFiles({
    name: "audit-report.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.7 audit report of the farm visit"),
  });
  await form.getByLabel("Valid until (optional)").fill("2030-12-31");
  await form.getByRole("button", { name: "Sign with wallet and submit" }).click();
  await expect(auditor.getByText("Signed and submitted.")).toBeVisible();
  await attachScreenshot(auditor, testInfo, "auditor-signed");

  await auditor.goto("/auditor");
  const mine = auditor.getByRole("region", { name: "Your attestations" });
  await expect(mine).toContainText("Rainforest Alliance certified farm");
  await expect(mine).toContainText(/Signed, pending|Submitted|On chain/);

  // The consumer page shows it, and the browser checks the auditor's signature.
  await page.context().clearCookies();
  await page.goto(publicPath);
  const attestations = page.getByRole("region", { name: "Checked by auditors" });
  await expect(attestations).toContainText("Rainforest Alliance certified farm");
  await expect(attestations).toContainText(auditorName);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("verify-summary")).toBeVisible();
  await expect(page.getByText("This attestation could not be confirmed.")).toHaveCount(0);
  await attachScreenshot(page, testInfo, "consumer-attested");

  // Once on chain, the auditor revokes it (an EAS delegated revocation signed in the wallet).
  await expect(async () => {
    await auditor.goto("/auditor");
    await expect(mine.getByText("On chain", { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await mine.getByRole("button", { name: "Revoke" }).click();
  await expect(mine.getByText("Revoking", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(async () => {
    await auditor.goto("/auditor");
    await expect(mine.getByText("Revoked", { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await attachScreenshot(auditor, testInfo, "auditor-revoked");
  await page.goto(publicPath);
  await expect(attestations).toContainText("No auditor has signed an attestation about this lot yet.");
  await auditorContext.close();
});
