import { computeCheckDigit } from "@tracemark/sdk";
import type { TestApp } from "./buildTestApp.ts";

let sequence = 0;

/** A GTIN-13 with a valid check digit, different on every call. */
export function freshGtin(): string {
  sequence += 1;
  const body = `951${String(sequence).padStart(9, "0")}`;
  return `${body}${computeCheckDigit(body)}`;
}

/** A product of `organizationId`, straight in the database. */
export async function createTestProduct(t: TestApp, organizationId: string) {
  const gtin = freshGtin();
  return t.db.prisma.product.create({ data: { organizationId, gtin: `0${gtin}`, name: `Product ${gtin}` } });
}

/** A lot (of a new product) of `organizationId`, straight in the database. */
export async function createTestLot(t: TestApp, organizationId: string) {
  const product = await createTestProduct(t, organizationId);
  return t.db.prisma.lot.create({ data: { organizationId, productId: product.id, lotCode: "LOT-1" } });
}

const auditors = new WeakMap<TestApp, Promise<{ id: string }>>();

/** One accredited auditor (a user with a wallet) per test app. */
export function testAuditor(t: TestApp): Promise<{ id: string }> {
  let auditor = auditors.get(t);
  if (!auditor) {
    auditor = (async () => {
      const wallet = `0x${"a1".repeat(20)}`;
      const user = await t.db.prisma.user.create({
        data: { email: `auditor-${wallet}@example.test`, walletAddress: wallet },
      });
      return t.db.prisma.auditor.create({
        data: { userId: user.id, walletAddress: wallet, displayName: "Test auditor" },
      });
    })();
    auditors.set(t, auditor);
  }
  return auditor;
}
