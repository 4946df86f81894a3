import { type Browser, expect, type Page } from "@playwright/test";
import type { Hex } from "viem";
import { generatePrivateKey } from "viem/accounts";
import { accreditAuditor } from "./admin";
import { supplierWithLot, unique } from "./journeys";
import { chainRpcUrl } from "./stack";
import { personWithWallet } from "./wallet";

/**
 * An auditor signed in with a test wallet (SIWE) and accredited by the platform administrator,
 * and a supplier (`page`) who asked them to audit a lot.
 */
export async function auditorAskedToAudit(
  page: Page,
  browser: Browser,
  privateKey: Hex = generatePrivateKey(),
) {
  const auditorName = `Certa Audits ${unique()}`;

  // The auditor signs in with a wallet (SIWE) and is accredited by the platform administrator.
  const { auditor, auditorContext, wallet } = await auditorSignsIn(browser, privateKey);
  await expect(auditor.getByText(wallet.address, { exact: false }).first()).toBeVisible();
  const me = (await (await auditor.request.get("/api/v1/auth/me")).json()) as { id: string };
  await accreditAuditor(me.id, auditorName);

  // The supplier asks that auditor to audit a lot.
  const lot = await supplierWithLot(page);
  await page.goto(lot.lotUrl);
  const ask = page.getByRole("form", { name: "Ask an auditor" });
  await ask.getByRole("combobox", { name: "Auditor" }).selectOption({ label: auditorName });
  await ask.getByRole("button", { name: "Ask for an audit" }).click();
  await expect(page.getByText("The auditor can now inspect this lot")).toBeVisible();
  return { ...lot, auditor, auditorContext, auditorName, rpcUrl: await chainRpcUrl() };
}

/**
 * A person with a test wallet (`personWithWallet`) signs in on the auditors' page (SIWE) and is told
 * they are not accredited yet.
 */
export async function auditorSignsIn(browser: Browser, privateKey?: Hex) {
  const { page: auditor, context: auditorContext, wallet } = await personWithWallet(browser, privateKey);
  await auditor.goto("/auditor");
  await auditor.getByRole("button", { name: "Sign in with a wallet" }).click();
  await expect(auditor.getByRole("heading", { name: "Not accredited yet" })).toBeVisible();
  return { auditor, auditorContext, wallet };
}

/** The auditor fills the attestation form of the lot and signs it in their wallet. */
export async function signAttestation(auditor: Page, claim: string) {
  const form = auditor.getByRole("form", { name: "Sign an attestation" });
  await form.getByLabel("Claim").fill(claim);
  await form.getByLabel("Evidence document").setInputFiles({
    name: "audit-report.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.7 audit report of the farm visit"),
  });
  await form.getByLabel("Valid until (optional)").fill("2030-12-31");
  await form.getByRole("button", { name: "Sign with wallet and submit" }).click();
  await expect(auditor.getByText("Signed and submitted.")).toBeVisible();
}
