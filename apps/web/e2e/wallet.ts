import type { Browser, Page } from "@playwright/test";
import { type Hex, isHex, type TypedDataDefinition } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { chainRpcUrl } from "./stack";

/** What the person holding the test wallet does; a test may change it between steps. */
export type TestWalletBehaviour = {
  /** Decline signature requests, as a person pressing "Reject" in their wallet (EIP-1193 error 4001). */
  rejectSignatures: boolean;
};

/** An EIP-1193 error, carried back to the page as a value (an exception would lose its code). */
type ProviderError = { __providerError: { code: number; message: string } };

const signingMethods = new Set(["personal_sign", "eth_signTypedData_v4"]);

/**
 * A test EIP-1193 wallet backed by a local viem key: the page gets `window.ethereum`, whose
 * requests come back here (page.exposeFunction) to be signed with the key, or are forwarded to the
 * chain's RPC (the chain id too: the wallet is on whatever chain the node is). The app's ordinary wagmi `injected()` connector uses it as it would an extension.
 */
export async function installTestWallet(
  page: Page,
  rpcUrl: string,
  privateKey: Hex = generatePrivateKey(),
  behaviour: TestWalletBehaviour = { rejectSignatures: false },
) {
  const account = privateKeyToAccount(privateKey);

  await page.exposeFunction("__tracemarkTestWallet", async (method: string, params: unknown[] = []) => {
    if (behaviour.rejectSignatures && signingMethods.has(method)) {
      return {
        __providerError: { code: 4001, message: "User rejected the request." },
      } satisfies ProviderError;
    }
    switch (method) {
      case "eth_requestAccounts":
      case "eth_accounts":
        return [account.address];
      case "wallet_switchEthereumChain":
      case "wallet_requestPermissions":
        return null;
      case "personal_sign": {
        const [data] = params as [Hex];
        return account.signMessage({ message: isHex(data) ? { raw: data } : String(data) });
      }
      case "eth_signTypedData_v4": {
        const typed = JSON.parse((params as [string, string])[1]) as TypedDataDefinition & {
          types: Record<string, { name: string; type: string }[]>;
        };
        const { EIP712Domain: _domain, ...types } = typed.types;
        return account.signTypedData({ ...typed, types } as TypedDataDefinition);
      }
      default: {
        const response = await fetch(rpcUrl, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
        });
        const body = (await response.json()) as { result?: unknown; error?: { message: string } };
        if (body.error) throw new Error(body.error.message);
        return body.result;
      }
    }
  });

  await page.addInitScript(() => {
    const call = (
      window as unknown as { __tracemarkTestWallet: (m: string, p?: unknown[]) => Promise<unknown> }
    ).__tracemarkTestWallet;
    (window as unknown as { ethereum: unknown }).ethereum = {
      isTracemarkTestWallet: true,
      request: async ({ method, params }: { method: string; params?: unknown[] }) => {
        const result = await call(method, params ?? []);
        const error = (result as Partial<ProviderError> | null)?.__providerError;
        if (error) throw Object.assign(new Error(error.message), { code: error.code });
        return result;
      },
      on: () => {},
      removeListener: () => {},
    };
  });
  return account;
}

/**
 * Another person: a page in a browser context of their own with a test wallet on the stack's chain
 * (`privateKey`, else a new key). Close `context` when they are done.
 *
 * @example
 * const { page: colleague, context, wallet } = await personWithWallet(browser);
 */
export async function personWithWallet(browser: Browser, privateKey?: Hex) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const wallet = await installTestWallet(page, await chainRpcUrl(), privateKey);
  return { page, context, wallet };
}
