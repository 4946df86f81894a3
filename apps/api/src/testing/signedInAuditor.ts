import type { Auditor } from "@tracemark/db";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { createSession, SESSION_COOKIE } from "../services/auth/sessions.ts";
import type { Credentials } from "./actors.ts";
import type { TestApp } from "./buildTestApp.ts";

export type SignedInAuditor = {
  who: Credentials;
  account: ReturnType<typeof privateKeyToAccount>;
  auditor: Auditor;
};

/**
 * An auditor with a new wallet, signed in (its session cookie in `who`), accredited as the
 * platform does it unless `accredited` is false: the relayer will accredit the wallet on chain.
 *
 * @example
 * const { who, account } = await signedInAuditor(t, "Certa Audits")
 */
export async function signedInAuditor(t: TestApp, name: string, accredited = true): Promise<SignedInAuditor> {
  const account = privateKeyToAccount(generatePrivateKey());
  const user = await t.db.prisma.user.create({
    data: { email: `${name}@auditors.test`, name, walletAddress: account.address.toLowerCase() },
  });
  const auditor = await t.db.prisma.auditor.create({
    data: { userId: user.id, walletAddress: account.address.toLowerCase(), displayName: name, accredited },
  });
  if (accredited) {
    await t.db.prisma.outboxItem.create({ data: { kind: "accredit_auditor", refId: auditor.id } });
  }
  const { token } = await createSession(t.db, user.id);
  return { who: { label: name, headers: { cookie: `${SESSION_COOKIE}=${token}` } }, account, auditor };
}
