"use client";

import { useState } from "react";
import { createSiweMessage } from "viem/siwe";
import { useConnect, useConnectors, useSignMessage } from "wagmi";

/**
 * Connects the injected wallet and signs in with Ethereum (EIP-4361) through the API on our
 * origin (`/api/v1/auth/siwe`), so the session cookie is ours. `path` chooses sign-in or linking.
 */
export function useSiweSignIn(chainId: number, path: "/auth/siwe" | "/auth/wallet" = "/auth/siwe") {
  const connectors = useConnectors();
  const connect = useConnect();
  const signMessage = useSignMessage();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function signIn(): Promise<boolean> {
    setError(undefined);
    setBusy(true);
    try {
      const connector = connectors.find((c) => c.type === "injected") ?? connectors[0];
      if (!connector) throw new Error("No browser wallet was found. Install one, or sign in with email.");
      const { accounts } = await connect.mutateAsync({ connector });
      const address = accounts[0];
      if (!address) throw new Error("The wallet shared no account.");
      const nonceResponse = await fetch("/api/v1/auth/siwe/nonce", { cache: "no-store" });
      if (!nonceResponse.ok) throw new Error("The sign-in service is not answering. Try again in a moment.");
      const { nonce } = (await nonceResponse.json()) as { nonce: string };
      const message = createSiweMessage({
        address,
        chainId,
        domain: window.location.host,
        uri: window.location.origin,
        nonce,
        version: "1",
        statement: "Sign in to Tracemark.",
        issuedAt: new Date(),
      });
      const signature = await signMessage.mutateAsync({ account: address, message });
      const response = await fetch(`/api/v1${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ message, signature }),
      });
      if (!response.ok) {
        const problem = (await response.json().catch(() => ({}))) as { detail?: string; title?: string };
        throw new Error(problem.detail ?? problem.title ?? `Sign-in failed (HTTP ${response.status}).`);
      }
      return true;
    } catch (cause) {
      const message = cause instanceof Error ? cause.message.split("\n")[0] : String(cause);
      setError(/rejected|denied/i.test(message ?? "") ? "You declined the request in your wallet." : message);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { signIn, error, busy };
}
