import type { Database } from "@tracemark/db";
import { getAddress, type PublicClient } from "viem";
import { generateSiweNonce, parseSiweMessage, verifySiweMessage } from "viem/siwe";
import { ProblemError } from "../../errors/problem.ts";

const NONCE_TTL_MS = 10 * 60 * 1000;

/** A one-time nonce for a Sign-In with Ethereum (EIP-4361) message, valid for ten minutes. */
export async function issueSiweNonce(db: Database): Promise<string> {
  const nonce = generateSiweNonce();
  await db.prisma.siweNonce.create({ data: { nonce, expiresAt: new Date(Date.now() + NONCE_TTL_MS) } });
  return nonce;
}

/**
 * Checks a signed SIWE message: our domain, a live unused nonce (used up here), the chain, and a
 * valid signature (EOA or ERC-1271 smart-contract wallet, through the chain). Returns the address.
 */
export async function verifySiwe(
  parameters: { db: Database; chain: PublicClient },
  message: string,
  signature: `0x${string}`,
  domain: string,
): Promise<`0x${string}`> {
  const { db, chain } = parameters;
  const fields = parseSiweMessage(message);
  if (!fields.address || !fields.nonce)
    throw new ProblemError(422, "Invalid sign-in message", "The message is not an EIP-4361 message.");
  if (fields.domain !== domain) {
    throw new ProblemError(
      422,
      "Invalid sign-in message",
      `The message is for ${fields.domain}, not ${domain}.`,
    );
  }
  const { count } = await db.prisma.siweNonce.updateMany({
    where: { nonce: fields.nonce, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (count === 0)
    throw new ProblemError(401, "Unauthorized", "The sign-in nonce is unknown, used or expired.");
  const valid = await verifySiweMessage(chain, { message, signature, domain, nonce: fields.nonce });
  if (!valid)
    throw new ProblemError(401, "Unauthorized", "The signature does not match the message's address.");
  return getAddress(fields.address);
}
