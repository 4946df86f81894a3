import { type Browser, expect, type Page, type TestInfo, test } from "@playwright/test";
import { generatePrivateKey } from "viem/accounts";
import { accreditAuditor } from "../admin";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import { supplierWithLot, unique } from "../journeys";
import { chainRpcUrl } from "../stack";
import { installTestWallet } from "../wallet";

test.setTimeout(600_000);

/**
 * An auditor signs in with a test wallet, reads how to get accredited, is accredited by the
 * platform administrator; a supplier (`page`) requests a proof point of them for a lot, with a
 * public certificate and a private audit report.
 */
async function proofPointRequested(page: Page, browser: Browser, testInfo: TestInfo, claimDetail: string) {
  const auditorName = `Certa Audits ${unique()}`;
  const auditorContext = await browser.newContext();
  const auditor = await auditorContext.newPage();
  const wallet = await installTestWallet(auditor, await chainRpcUrl(), generatePrivateKey());
  await auditor.goto("/auditor");
  await auditor.getByRole("button", { name: "Sign in with a wallet" }).click();
  await expect(auditor.getByRole("heading", { name: "Not accredited yet" })).toBeVisible();
  await expect(auditor.getByRole("heading", { name: "How to get accredited" })).toBeVisible();
  await expect(auditor.getByRole("button", { name: "Copy wallet address" })).toBeVisible();
  await expect(auditor.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(auditor.getByText(wallet.address).first()).toBeVisible();
  await attachScreenshot(auditor, testInfo, "auditor-not-accredited");
  const me = (await (await auditor.request.get("/api/v1/auth/me")).json()) as { id: string };
  await accreditAuditor(me.id, auditorName);

  const lot = await supplierWithLot(page);
  await page.goto(lot.lotUrl);
  const form = page.getByRole("form", { name: "Request a proof point" });
  await form.getByRole("combobox", { name: "Claim", exact: true }).selectOption({ label: "Organic" });
  await form.getByLabel(/^Detail/).fill(claimDetail);
  await form.getByRole("combobox", { name: "Verifier" }).selectOption({ label: auditorName });
  await form.getByLabel(/^Public evidence/).setInputFiles({
    name: "organic-certificate.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(`%PDF-1.7 organic certificate ${claimDetail}`),
  });
  await form.getByLabel(/^Private evidence/).setInputFiles({
    name: "audit-report.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(`%PDF-1.7 audit report ${claimDetail}`),
  });
  await form.getByRole("button", { name: "Request proof point" }).click();
  await expect(page.getByText("Requested: the auditor can now read the claim")).toBeVisible();
  const proofPoints = page.getByRole("region", { name: "Proof points" });
  await expect(proofPoints).toContainText(`Organic: ${claimDetail}`);
  await expect(proofPoints).toContainText("Waiting for the auditor");
  await attachScreenshot(page, testInfo, "supplier-proof-point-requested");
  return { ...lot, auditor, auditorContext, auditorName, claim: `Organic: ${claimDetail}` };
}

/** The auditor opens the lot, reads the claim in words and decoded fields, and signs it in their wallet. */
async function readAndSign(
  auditor: Page,
  lotCode: string,
  claim: string,
  options: { validUntil?: string; testInfo?: TestInfo } = {},
) {
  const { validUntil, testInfo } = options;
  await auditor.goto("/auditor");
  await auditor.getByRole("link", { name: lotCode }).click();
  const proofPoint = auditor.getByRole("region", { name: `Proof point: ${claim}` });
  await expect(proofPoint.getByTestId("attestation-words")).toContainText(
    `You attest that lot ${lotCode} of Single-origin coffee, 1 kg by`,
  );
  await expect(proofPoint.getByTestId("attestation-words")).toContainText(`is ${claim}, based on evidence`);
  await expect(proofPoint.getByRole("link", { name: "organic-certificate.pdf" })).toBeVisible();
  if (validUntil) await proofPoint.getByLabel("Valid until").fill(validUntil);
  await proofPoint.getByRole("button", { name: "Review what you sign" }).click();
  const fields = proofPoint.getByRole("definition").first();
  await expect(fields).toHaveText(/^0x[0-9a-f]{64}$/);
  const decoded = proofPoint.getByLabel("What you sign");
  await expect(decoded).toContainText("EAS schema UID");
  await expect(decoded).toContainText(claim);
  await expect(decoded).toContainText(
    "bytes16 orgId,uint8 subjectKind,bytes32 subject,string claim,bytes32 evidenceHash",
  );
  await expect(auditor.getByRole("heading", { name: "Made from" })).toBeVisible();
  await expect(auditor.getByRole("region", { name: "Recorded events" })).toContainText("Finca Aurora farm");
  await expect(auditor.getByRole("region", { name: "Documents of its events" })).toContainText(
    "delivery-note.pdf",
  );
  if (testInfo) await attachScreenshot(auditor, testInfo, "auditor-proof-point-review");
  await proofPoint.getByRole("button", { name: "Sign with wallet and submit" }).click();
  await expect(proofPoint.getByText("Signed and submitted.")).toBeVisible();
}

/** The consumer page's "Verify", and what it says of the attestation. */
async function verify(page: Page) {
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("verify-summary")).toBeVisible({ timeout: 30_000 });
}

test("a proof point: requested with evidence, read and signed by the auditor, shown and verified, then revoked and flagged", async ({
  page,
  browser,
}, testInfo) => {
  const { auditor, auditorContext, auditorName, claim, lotCode, publicPath } = await proofPointRequested(
    page,
    browser,
    testInfo,
    `EU 2018/848 ${unique()}`,
  );
  await auditor.goto("/auditor");
  await auditor.getByRole("link", { name: lotCode }).click();
  await expectNoAccessibilityViolations(auditor);
  await readAndSign(auditor, lotCode, claim, { testInfo });

  // The shopper sees the claim, its public evidence with its hash, and its verifier; Verify passes.
  await page.context().clearCookies();
  await page.goto(publicPath);
  const attestations = page.getByRole("region", { name: "Checked by auditors" });
  await expect(attestations).toContainText(claim);
  await expect(attestations).toContainText(`Verified by ${auditorName}`);
  await expect(attestations.getByRole("link", { name: "organic-certificate.pdf" })).toBeVisible();
  await expect(attestations).toContainText("audit-report.pdf (not public)");
  // Verified once on chain (while it is relayed, its signed request's nonce is being used).
  await expect(async () => {
    await page.goto(publicPath);
    await expect(attestations.getByText("On chain", { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await verify(page);
  await expect(page.getByText("This attestation could not be confirmed.")).toHaveCount(0);
  await attachScreenshot(page, testInfo, "consumer-proof-point");

  // Once on chain, the auditor revokes it: it stays on the page, flagged, and Verify says so.
  const mine = auditor.getByRole("region", { name: "Your attestations" });
  await expect(async () => {
    await auditor.goto("/auditor");
    await expect(mine.getByText("On chain", { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await mine.getByRole("button", { name: /^Revoke / }).click();
  await auditor
    .getByRole("dialog", { name: /^Revoke your attestation/ })
    .getByRole("button", { name: "Revoke attestation" })
    .click();
  await expect(async () => {
    await page.goto(publicPath);
    await expect(attestations).toContainText("Revoked", { timeout: 1_000 });
  }).toPass({ timeout: 90_000 });
  await verify(page);
  await expect(page.getByText("This attestation could not be confirmed.")).toBeVisible();
  await expect(page.getByText(/was revoked at/)).toBeAttached();
  await attachScreenshot(page, testInfo, "consumer-proof-point-revoked");
  await auditorContext.close();
});

test("a proof point past its expiry is flagged on the consumer page and by Verify", async ({
  page,
  browser,
}, testInfo) => {
  const { auditor, auditorContext, claim, lotCode, publicPath } = await proofPointRequested(
    page,
    browser,
    testInfo,
    `short-lived ${unique()}`,
  );
  // Valid for 60 seconds from now, in the browser's local time (what the date field takes).
  const validUntil = await auditor.evaluate(() => {
    const at = new Date(Date.now() + 60_000);
    return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
  });
  await readAndSign(auditor, lotCode, claim, { validUntil });
  await page.context().clearCookies();
  const attestations = page.getByRole("region", { name: "Checked by auditors" });
  await expect(async () => {
    await page.goto(publicPath);
    await expect(attestations).toContainText("Expired", { timeout: 1_000 });
  }).toPass({ timeout: 150_000 });
  // Verify judges by the chain's time: once a block past the expiry is mined, it fails the attestation.
  await expect(async () => {
    await page.goto(publicPath);
    await verify(page);
    await expect(page.getByText("This attestation could not be confirmed.")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 120_000 });
  await expect(page.getByText(/It expired at/)).toBeAttached();
  await attachScreenshot(page, testInfo, "consumer-proof-point-expired");
  await auditorContext.close();
});
