"use client";

import { buildAttestationTypedData, encodeAuditData, getEasDomain } from "@tracemark/sdk";
import { type Address, createPublicClient, type Hex, http } from "viem";
import { useConnect, useConnection, useConnectors, useSignTypedData } from "wagmi";
import type { ChainSettings } from "@/lib/deployment/getChainSettings";
import { problemWords, walletErrorWords } from "@/lib/format/problemWords";

/**
 * What an auditor's page needs to sign EAS delegated requests: the connected wallet (connecting
 * the injected one on demand), the EAS domain read from the chain (EAS's address from the
 * deployment the page was served with), the auditor's next EAS nonce from the API, and EIP-712
 * signing through the wallet.
 */
export function useEasSigner({ wallet, deployment }: ChainSettings) {
  const connection = useConnection();
  const connectors = useConnectors();
  const connect = useConnect();
  const signTypedData = useSignTypedData();

  async function account(expected: string): Promise<Address> {
    let address = connection.address;
    if (!address) {
      const connector = connectors.find((c) => c.type === "injected") ?? connectors[0];
      if (!connector) throw new Error("No browser wallet was found.");
      address = (await connect.mutateAsync({ connector })).accounts[0];
    }
    if (!address) throw new Error("The wallet shared no account.");
    if (address.toLowerCase() !== expected.toLowerCase()) {
      throw new Error(
        `Switch your wallet to ${expected}: it is the one accredited as your auditor identity.`,
      );
    }
    return address;
  }

  async function easContext() {
    const client = createPublicClient({ transport: http(wallet.rpcUrl) });
    const chainId = await client.getChainId();
    if (chainId !== deployment.chainId) {
      throw new Error(
        `The blockchain node this page uses is on chain ${chainId}, but our service runs on chain ${deployment.chainId}.`,
      );
    }
    const [domain, nonce] = await Promise.all([getEasDomain(client, { deployment }), nextNonce()]);
    return { domain, nonce, schema: deployment.auditSchemaUid };
  }

  /**
   * Signs, with the auditor's wallet, an EAS delegated attestation that `claim` holds of the lot
   * (the audit schema's data; valid for a week of relaying), and submits it to the API.
   */
  async function attestLot(request: {
    auditorWallet: string;
    subject: { orgId: string; subject: string };
    lotId: string;
    proofPointId?: string | undefined;
    claim: string;
    evidenceHash: Hex;
    expirationTime: bigint;
  }): Promise<void> {
    const attester = await account(request.auditorWallet);
    const { domain, nonce, schema } = await easContext();
    const typedData = buildAttestationTypedData({
      domain,
      attester,
      schema,
      data: encodeAuditData({
        orgId: request.subject.orgId as Hex,
        subjectKind: "lot",
        subject: request.subject.subject as Hex,
        claim: request.claim,
        evidenceHash: request.evidenceHash,
      }),
      expirationTime: request.expirationTime,
      nonce,
      deadline: BigInt(Math.floor(Date.now() / 1000) + 7 * 24 * 3600),
    });
    const signature = await signTypedData.mutateAsync({ account: attester, ...typedData });
    const response = await fetch("/api/v1/attestations", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: toJson({
        lotId: request.lotId,
        ...(request.proofPointId ? { proofPointId: request.proofPointId } : {}),
        message: typedData.message,
        signature,
      }),
    });
    if (!response.ok) throw new Error(await problemText(response));
  }

  return { account, easContext, signTypedData: signTypedData.mutateAsync, attestLot };
}

/** What went wrong while signing, in words: a declined signature says so; otherwise the first line of the error. */
export function signingErrorText(cause: unknown): string {
  const words = walletErrorWords(cause);
  return words === "You declined the request in your wallet."
    ? "You declined the signature in your wallet."
    : words;
}

/**
 * The EAS nonce the auditor's next request must carry, from the API: the chain's nonce would be
 * taken already while an earlier request of theirs waits to be relayed.
 */
async function nextNonce(): Promise<bigint> {
  const response = await fetch("/api/v1/auditor/eas-nonce");
  if (!response.ok) throw new Error(await problemText(response));
  return BigInt(((await response.json()) as { nonce: string }).nonce);
}

/** JSON for the API: bigints as decimal strings. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v));
}

/** The problem+json answer of the API in words. */
export async function problemText(response: Response): Promise<string> {
  const problem = (await response.json().catch(() => ({}))) as {
    title?: string;
    detail?: string;
    errors?: { field: string; message: string }[];
  };
  return problemWords({
    ...problem,
    title: problem.title ?? `The server refused (HTTP ${response.status}).`,
  });
}
