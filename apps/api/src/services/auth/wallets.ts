import type { Database } from "@tracemark/db";
import { ProblemError } from "../../errors/problem.ts";
import type { UserProfile } from "./users.ts";

const profile = { id: true, email: true, name: true, walletAddress: true, isPlatformAdmin: true } as const;

/** The user whose wallet this is, created (wallet-only) on first sign-in. Addresses are kept lower-case. */
export async function signInWithWallet(db: Database, address: string): Promise<UserProfile> {
  const walletAddress = address.toLowerCase();
  return db.prisma.user.upsert({
    where: { walletAddress },
    create: { walletAddress },
    update: {},
    select: profile,
  });
}

/** Links a wallet (proven by SIWE) to a signed-in account; 409 when another account has it. */
export async function linkWallet(db: Database, userId: string, address: string): Promise<UserProfile> {
  const walletAddress = address.toLowerCase();
  const owner = await db.prisma.user.findUnique({ where: { walletAddress } });
  if (owner && owner.id !== userId) {
    throw new ProblemError(409, "Conflict", "This wallet is already linked to another account.");
  }
  return db.prisma.user.update({ where: { id: userId }, data: { walletAddress }, select: profile });
}
