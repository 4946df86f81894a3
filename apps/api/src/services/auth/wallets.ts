import type { Database } from "@tracemark/db";
import { ConflictError } from "../../errors/domain.ts";
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

/**
 * Links a wallet (proven by SIWE) to a signed-in account. Linking the wallet it already has is a
 * no-op; a `ConflictError` when another account has this wallet, or this account already has
 * another one (a wallet is how invitations reach a member and how they sign in, so it is never
 * swapped silently).
 */
export async function linkWallet(db: Database, userId: string, address: string): Promise<UserProfile> {
  const walletAddress = address.toLowerCase();
  const owner = await db.prisma.user.findUnique({ where: { walletAddress } });
  if (owner && owner.id !== userId) {
    throw new ConflictError("This wallet is already linked to another account.");
  }
  // Conditional, so two links racing for one account cannot both win.
  const { count } = await db.prisma.user.updateMany({
    where: { id: userId, OR: [{ walletAddress: null }, { walletAddress }] },
    data: { walletAddress },
  });
  const user = await db.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: profile });
  if (count === 0) {
    throw new ConflictError(
      `Your account already has the wallet ${user.walletAddress} linked; an account keeps one wallet, so it was not replaced.`,
    );
  }
  return user;
}
