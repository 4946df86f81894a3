import { createHash, randomUUID } from "node:crypto";
import type { TestApp } from "./buildTestApp.ts";

type TestAuditor = { id: string; userId: string; walletAddress: string };
const auditors = new WeakMap<TestApp, Promise<TestAuditor>>();

/** One accredited auditor (a user with a wallet) per test app. */
export function testAuditor(t: TestApp): Promise<TestAuditor> {
  let auditor = auditors.get(t);
  if (!auditor) {
    auditor = (async () => {
      const wallet = `0x${"a1".repeat(20)}`;
      const user = await t.db.prisma.user.create({
        data: { email: `auditor-${wallet}@example.test`, walletAddress: wallet, emailVerifiedAt: new Date() },
      });
      return t.db.prisma.auditor.create({
        data: { userId: user.id, walletAddress: wallet, displayName: "Test auditor" },
      });
    })();
    auditors.set(t, auditor);
  }
  return auditor;
}

/** An evidence document of organisation `organizationId`, new each time. */
export async function proofPointEvidence(t: TestApp, organizationId: string): Promise<string> {
  const content = Buffer.from(`evidence ${randomUUID()}`);
  const sha256 = createHash("sha256").update(content).digest("hex");
  await t.db.prisma.document.create({
    data: { organizationId, sha256, contentType: "application/pdf", size: content.length, content },
  });
  return sha256;
}
