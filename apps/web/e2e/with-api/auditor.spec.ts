import { expect, test } from "@playwright/test";
import { easAbi } from "@tracemark/sdk";
import { createWalletClient, http, numberToHex, parseEther, parseGwei } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { foundry } from "viem/chains";
import { loadDeployment } from "../../../api/src/chain/loadDeployment.ts";
import { defaultDeploymentsDir } from "../../../api/src/env.ts";
import { auditorAskedToAudit, signAttestation } from "../auditing";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";

test.setTimeout(120_000);

test("an auditor signs an attestation with their wallet, it shows on the consumer page, and they revoke it", async ({
  page,
  browser,
}, testInfo) => {
  const { auditor, auditorContext, auditorName, lotCode, publicPath } = await auditorAskedToAudit(
    page,
    browser,
  );

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
  await signAttestation(auditor, "Rainforest Alliance certified farm");
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
  // It asks first, Cancel focused; Cancel signs nothing.
  await mine.getByRole("button", { name: /^Revoke / }).click();
  const confirmRevoke = auditor.getByRole("dialog", { name: /^Revoke your attestation/ });
  await expect(confirmRevoke).toContainText("can't be undone");
  await expect(confirmRevoke.getByRole("button", { name: "Cancel" })).toBeFocused();
  await confirmRevoke.getByRole("button", { name: "Cancel" }).click();
  await expect(confirmRevoke).toBeHidden();
  await expect(mine.getByText("On chain", { exact: true })).toBeVisible();
  await mine.getByRole("button", { name: /^Revoke / }).click();
  await confirmRevoke.getByRole("button", { name: "Revoke attestation" }).click();
  // The revocation may reach the chain before the page's next refresh, so "Revoking" can be skipped.
  await expect(mine.getByText(/^Revok(ing|ed)$/)).toBeVisible({ timeout: 30_000 });
  await expect(async () => {
    await auditor.goto("/auditor");
    await expect(mine.getByText("Revoked", { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await attachScreenshot(auditor, testInfo, "auditor-revoked");
  await page.goto(publicPath);
  await expect(attestations).toContainText("No auditor has signed an attestation about this lot yet.");
  await auditorContext.close();
});

test("an attestation the chain refuses shows as failed with EAS's reason, to the auditor and to the organisation", async ({
  page,
  browser,
}, testInfo) => {
  const privateKey = generatePrivateKey();
  const { auditor, auditorContext, lotUrl, lotCode, rpcUrl } = await auditorAskedToAudit(
    page,
    browser,
    privateKey,
  );
  await auditor.goto("/auditor");
  await auditor.getByRole("link", { name: lotCode }).click();

  // The auditor's EAS nonce moves on outside Tracemark while their attestation waits to be relayed:
  // the node holds new transactions, the auditor raises their nonce (first in the next block, by its
  // tip), the API accepts the attestation signed with the nonce the chain still shows, and EAS refuses it.
  const rpc = async (method: string, params: unknown[] = []) => {
    const response = await fetch(rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
    const body = (await response.json()) as { error?: { message: string } };
    if (body.error) throw new Error(`${method}: ${body.error.message}`);
  };
  const wallet = createWalletClient({
    account: privateKeyToAccount(privateKey),
    chain: { ...foundry, rpcUrls: { default: { http: [rpcUrl] } } },
    transport: http(rpcUrl),
  });
  await rpc("anvil_setBalance", [wallet.account.address, numberToHex(parseEther("1"))]);
  await rpc("evm_setAutomine", [false]);
  try {
    await wallet.writeContract({
      address: loadDeployment(31337, defaultDeploymentsDir).contracts.EAS.address,
      abi: easAbi,
      functionName: "increaseNonce",
      args: [1n],
      gas: 100_000n,
      maxPriorityFeePerGas: parseGwei("100"),
      maxFeePerGas: parseGwei("200"),
    });
    await signAttestation(auditor, "Signed, then invalidated");
  } finally {
    await rpc("evm_setAutomine", [true]);
    await rpc("evm_mine");
  }

  const mine = auditor.getByRole("region", { name: "Your attestations" });
  await expect(async () => {
    await auditor.goto("/auditor");
    await expect(mine.getByText("Failed", { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expect(mine).toContainText("Refused by the chain: InvalidSignature");
  await attachScreenshot(auditor, testInfo, "auditor-attestation-failed");

  await page.goto(lotUrl);
  await expect(page.getByText(/Refused by the chain: InvalidSignature/)).toBeVisible();
  await auditorContext.close();
});
