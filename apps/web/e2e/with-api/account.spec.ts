import { expect, test } from "@playwright/test";
import { generatePrivateKey } from "viem/accounts";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import { signUp, signUpWithOrganization } from "../journeys";
import { chainRpcUrl } from "../stack";
import { installTestWallet } from "../wallet";

test.setTimeout(120_000);

test("a supplier links a wallet to their email account; signing in with it opens the same account", async ({
  page,
  browser,
}, testInfo) => {
  const rpcUrl = await chainRpcUrl();
  const privateKey = generatePrivateKey();
  const behaviour = { rejectSignatures: false };
  const wallet = await installTestWallet(page, rpcUrl, privateKey, behaviour);
  const linkedAddress = wallet.address.toLowerCase();
  // Without a WalletConnect project id, no page may reach beyond our own servers.
  const requests: URL[] = [];
  page.on("request", (request) => requests.push(new URL(request.url())));

  const { orgName } = await signUpWithOrganization(page, "Alpine Dairy");
  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  const walletSection = page.getByRole("region", { name: "Wallet" });
  await expect(walletSection).toContainText("No wallet is linked.");
  await expect(page.getByRole("button", { name: /WalletConnect/ })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "account");

  // The person presses "Reject" in their wallet: nothing is linked, and the page says so.
  behaviour.rejectSignatures = true;
  await walletSection.getByRole("button", { name: "Link a browser wallet" }).click();
  await expect(walletSection.getByRole("alert")).toHaveText("You declined the request in your wallet.");
  await attachScreenshot(page, testInfo, "account-link-declined");
  await page.reload();
  await expect(walletSection).toContainText("No wallet is linked.");

  behaviour.rejectSignatures = false;
  await walletSection.getByRole("button", { name: "Link a browser wallet" }).click();
  await expect(walletSection).toContainText(`Linked wallet: ${linkedAddress}`);
  await expect(walletSection.getByRole("button")).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "account-wallet-linked");

  // Another account cannot take the same wallet.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await installTestWallet(other, rpcUrl, privateKey);
  await signUp(other, "Bo Other");
  await other.getByRole("link", { name: "link that wallet" }).click();
  const otherWallet = other.getByRole("region", { name: "Wallet" });
  await otherWallet.getByRole("button", { name: "Link a browser wallet" }).click();
  await expect(otherWallet.getByRole("alert")).toHaveText(
    "This wallet is already linked to another account.",
  );
  await attachScreenshot(other, testInfo, "account-wallet-taken");
  await otherContext.close();

  // Signed out, the wallet alone opens the supplier's account and organisation.
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to Tracemark" })).toBeVisible();
  await page.getByRole("button", { name: "Sign in with a wallet" }).click();
  await expect(page.getByRole("heading", { name: orgName })).toBeVisible();
  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("region", { name: "Wallet" })).toContainText(`Linked wallet: ${linkedAddress}`);
  await expect(page.getByRole("region", { name: "Organisations" })).toContainText(orgName);

  expect(requests.filter((url) => url.protocol.startsWith("http") && url.hostname !== "127.0.0.1")).toEqual(
    [],
  );
});

test("an account keeps its wallet: linking another one from a page opened before is refused in words", async ({
  page,
  context,
}, testInfo) => {
  const rpcUrl = await chainRpcUrl();
  await installTestWallet(page, rpcUrl, generatePrivateKey());
  await signUp(page, "Cleo Keeper");
  await page.goto("/account");
  const walletSection = page.getByRole("region", { name: "Wallet" });
  await expect(walletSection).toContainText("No wallet is linked.");

  // Meanwhile, in another tab of the same session, the person links their first wallet.
  const otherTab = await context.newPage();
  const firstWallet = await installTestWallet(otherTab, rpcUrl, generatePrivateKey());
  await otherTab.goto("/account");
  await otherTab.getByRole("button", { name: "Link a browser wallet" }).click();
  const firstAddress = firstWallet.address.toLowerCase();
  await expect(otherTab.getByRole("region", { name: "Wallet" })).toContainText(
    `Linked wallet: ${firstAddress}`,
  );
  await otherTab.close();

  // The first tab still offers to link: the API refuses to swap the wallet, and the page says why.
  await walletSection.getByRole("button", { name: "Link a browser wallet" }).click();
  await expect(walletSection.getByRole("alert")).toHaveText(
    `Your account already has the wallet ${firstAddress} linked; an account keeps one wallet, so it was not replaced.`,
  );
  await attachScreenshot(page, testInfo, "account-wallet-kept");
  await page.reload();
  await expect(walletSection).toContainText(`Linked wallet: ${firstAddress}`);
});
