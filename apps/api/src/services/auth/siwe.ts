import type { Database } from "@tracemark/db";
import { getAddress, type PublicClient } from "viem";
import { getChainId } from "viem/actions";
import { generateSiweNonce, parseSiweMessage, verifySiweMessage } from "viem/siwe";
import { InvalidInputError, NotAuthenticatedError, UnavailableError } from "../../errors/domain.ts";

const NONCE_TTL_MS = 10 * 60 * 1000;

/** A one-time nonce for a Sign-In with Ethereum (EIP-4361) message, valid for ten minutes. */
export async function issueSiweNonce(db: Database): Promise<string> {
  const nonce = generateSiweNonce();
  await db.prisma.siweNonce.create({ data: { nonce, expiresAt: new Date(Date.now() + NONCE_TTL_MS) } });
  return nonce;
}

/** How far a message's clock may run ahead of ours (issuedAt, notBefore). */
const CLOCK_SKEW_MS = 60 * 1000;

/**
 * Checks a signed SIWE message: our domain; a URI on that domain; this deployment's chain;
 * issued not in the future (beyond a minute's clock skew) nor longer ago than a nonce lives; not
 * expired, and already valid (`notBefore`); a live unused nonce (used up here); and a valid
 * signature (EOA or ERC-1271 smart-contract wallet, through the chain). Each failure is named.
 * Returns the address.
 */
export async function verifySiwe(
  parameters: { db: Database; chain: PublicClient },
  message: string,
  signature: `0x${string}`,
  domain: string,
): Promise<`0x${string}`> {
  const { db, chain } = parameters;
  const fields = parseSiweMessage(message);
  if (!fields.address || !fields.nonce || !fields.uri || !fields.chainId || !fields.issuedAt)
    throw invalid(
      "The message is not an EIP-4361 message (address, URI, chain ID, nonce and issued-at are required).",
    );
  if (fields.version !== "1") throw invalid(`The message's version is ${fields.version}, not 1.`);
  for (const [name, time] of [
    ["issued-at", fields.issuedAt],
    ["expiration", fields.expirationTime],
    ["not-before", fields.notBefore],
  ] as const) {
    if (time && Number.isNaN(time.getTime()))
      throw invalid(`The message's ${name} time is not an RFC 3339 time.`);
  }
  if (fields.domain !== domain) throw invalid(`The message is for ${fields.domain}, not ${domain}.`);
  const uri = URL.parse(fields.uri);
  if (!uri || !/^https?:$/.test(uri.protocol) || uri.host !== domain)
    throw invalid(`The message's URI ${fields.uri} is not on ${domain}.`);
  const chainId = await deploymentChainId(chain);
  if (fields.chainId !== chainId)
    throw invalid(`The message is for chain ${fields.chainId}; Tracemark here is on chain ${chainId}.`);
  const now = Date.now();
  if (fields.issuedAt.getTime() > now + CLOCK_SKEW_MS)
    throw invalid(
      `The message is issued in the future (${fields.issuedAt.toISOString()}); check your clock.`,
    );
  if (fields.issuedAt.getTime() < now - NONCE_TTL_MS)
    throw invalid(`The message was issued more than ${NONCE_TTL_MS / 60_000} minutes ago; sign a new one.`);
  if (fields.expirationTime && fields.expirationTime.getTime() <= now)
    throw invalid(`The message expired at ${fields.expirationTime.toISOString()}; sign a new one.`);
  if (fields.notBefore && fields.notBefore.getTime() > now + CLOCK_SKEW_MS)
    throw invalid(`The message is not valid before ${fields.notBefore.toISOString()}.`);
  const { count } = await db.prisma.siweNonce.updateMany({
    where: { nonce: fields.nonce, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (count === 0) throw new NotAuthenticatedError("The sign-in nonce is unknown, used or expired.");
  const valid = await verifySiweMessage(chain, {
    message,
    signature,
    domain,
    nonce: fields.nonce,
    // The times are checked above; this keeps viem's own check from refusing a notBefore within the skew.
    time: new Date(Math.max(now, fields.notBefore?.getTime() ?? 0)),
  });
  if (!valid) throw new NotAuthenticatedError("The signature does not match the message's address.");
  return getAddress(fields.address);
}

function invalid(detail: string): InvalidInputError {
  return new InvalidInputError(detail, { title: "Invalid sign-in message" });
}

const chainIds = new WeakMap<PublicClient, Promise<number>>();

/** The chain the API is on (the node's, asked once per client); `UnavailableError` while unreachable. */
function deploymentChainId(chain: PublicClient): Promise<number> {
  let chainId = chainIds.get(chain);
  if (!chainId) {
    chainId = (chain.chain ? Promise.resolve(chain.chain.id) : getChainId(chain)).catch((cause: unknown) => {
      chainIds.delete(chain);
      throw new UnavailableError("The chain is unreachable; try again shortly.", {
        cause,
      });
    });
    chainIds.set(chain, chainId);
  }
  return chainId;
}
