"use client";

import { buildAttestationTypedData, encodeAuditData, getEasDomain } from "@tracemark/sdk";
import { type Address, createPublicClient, type Hex, http, isHex } from "viem";
import { useConnect, useConnection, useConnectors, useSignTypedData } from "wagmi";
import { ApiError } from "@/lib/api/ApiError";
import { dataOf } from "@/lib/api/apiClient";
import { browserApi } from "@/lib/api/browserApi";
import type { ChainSettings } from "@/lib/deployment/getChainSettings";
import { walletErrorWords } from "@/lib/format/problemWords";

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
    /** The evidence's SHA-256, 0x-prefixed. */
    evidenceHash: string;
    expirationTime: bigint;
  }): Promise<void> {
    const attester = await account(request.auditorWallet);
    const { domain, nonce, schema } = await easContext();
    const typedData = buildAttestationTypedData({
      domain,
      attester,
      schema,
      data: encodeAuditData({
        orgId: hexOf(request.subject.orgId, "The organisation's id on chain"),
        subjectKind: "lot",
        subject: hexOf(request.subject.subject, "The lot's id on chain"),
        claim: request.claim,
        evidenceHash: hexOf(request.evidenceHash, "The evidence's SHA-256"),
      }),
      expirationTime: request.expirationTime,
      nonce,
      deadline: BigInt(Math.floor(Date.now() / 1000) + 7 * 24 * 3600),
    });
    const signature = await signTypedData.mutateAsync({ account: attester, ...typedData });
    const { expirationTime, value, nonce: signedNonce, deadline } = typedData.message;
    await inWords(
      browserApi.POST("/attestations", {
        body: {
          lotId: request.lotId,
          ...(request.proofPointId ? { proofPointId: request.proofPointId } : {}),
          // JSON has no bigints: the API reads them as decimal strings.
          message: {
            ...typedData.message,
            expirationTime: `${expirationTime}`,
            value: `${value}`,
            nonce: `${signedNonce}`,
            deadline: `${deadline}`,
          },
          signature,
        },
      }),
    );
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
  const { nonce } = await inWords(browserApi.GET("/auditor/eas-nonce", { cache: "no-store" }));
  return BigInt(nonce);
}

/** `value` as the hex a signature takes; an error naming `what` when it is not hex. */
export function hexOf(value: string, what: string): Hex {
  if (!isHex(value)) throw new Error(`${what} is not hexadecimal: ${value}`);
  return value;
}

/** The body of the API's answer; a refusal is an `Error` saying it in words (`ApiError.readable`). */
export async function inWords<Data>(call: Promise<{ data?: Data; response: Response }>): Promise<Data> {
  try {
    return await dataOf(call);
  } catch (error) {
    if (error instanceof ApiError) throw new Error(error.readable);
    throw error;
  }
}
