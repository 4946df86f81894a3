"use client";

import { useState } from "react";
import { createSiweMessage } from "viem/siwe";
import { useConfig, useConnect, useConnectors, useSignMessage } from "wagmi";
import { getConnection } from "wagmi/actions";
import { ApiError } from "@/lib/api/ApiError";
import { dataOf } from "@/lib/api/apiClient";
import { browserApi } from "@/lib/api/browserApi";
import { walletErrorWords } from "@/lib/format/problemWords";

/** The kinds of wallet a page offers: the browser's own (injected), and WalletConnect when configured. */
export type WalletKind = "injected" | "walletConnect";

const purposes = {
  "/auth/siwe": { statement: "Sign in to Tracemark." },
  "/auth/wallet": { statement: "Link this wallet to my Tracemark account." },
} as const;

/**
 * Connects a wallet and signs an EIP-4361 (Sign-In with Ethereum) message for the API on our
 * origin (`/api/v1…`), so the session cookie is ours. `path` chooses signing in (`/auth/siwe`) or
 * linking the wallet to the signed-in account (`/auth/wallet`).
 */
export function useSiweSignIn(chainId: number, path: keyof typeof purposes = "/auth/siwe") {
  const connectors = useConnectors();
  const config = useConfig();
  const connect = useConnect();
  const signMessage = useSignMessage();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function walletAddress(kind: WalletKind) {
    const connector = connectors.find((c) => c.type === kind);
    if (!connector) throw new Error("No browser wallet was found. Install one, or sign in with email.");
    // A wallet restored from the last visit is already connected: wagmi refuses to connect it twice.
    // Read now, not at render: the restore finishes on its own time.
    const connection = getConnection(config);
    if (connection.connector?.uid === connector.uid && connection.address) return connection.address;
    const { accounts } = await connect.mutateAsync({ connector });
    const address = accounts[0];
    if (!address) throw new Error("The wallet shared no account.");
    return address;
  }

  async function signIn(kind: WalletKind = "injected"): Promise<boolean> {
    setError(undefined);
    setBusy(true);
    try {
      const address = await walletAddress(kind);
      const { nonce } = await dataOf(browserApi.GET("/auth/siwe/nonce", { cache: "no-store" })).catch(
        (error: unknown) => {
          throw error instanceof ApiError
            ? new Error("The sign-in service is not answering. Try again in a moment.")
            : error;
        },
      );
      const message = createSiweMessage({
        address,
        chainId,
        domain: window.location.host,
        uri: window.location.origin,
        nonce,
        version: "1",
        statement: purposes[path].statement,
        issuedAt: new Date(),
      });
      const signature = await signMessage.mutateAsync({ account: address, message });
      await browserApi.POST(path, { body: { message, signature } }).catch((error: unknown) => {
        throw error instanceof ApiError ? new Error(error.detail ?? error.title) : error;
      });
      return true;
    } catch (cause) {
      setError(walletErrorWords(cause));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { signIn, error, busy };
}
