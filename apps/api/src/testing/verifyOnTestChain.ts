import { type VerifyRecordReturnType, verifyRecord } from "@tracemark/sdk";
import { contractsOf, type TestApp } from "./buildTestApp.ts";
import { publicProofsOf } from "./publicProofsOf.ts";

/**
 * `verifyRecord` of a record against the test app's chain and contracts, with `proofs` when given,
 * else the record's proofs as the API serves them (`publicProofsOf`).
 *
 * @example
 * const verdict = await verifyOnTestChain(t, (await fetchPublicRecord<PublicRecord>(t, gtin, lot)).record);
 */
export async function verifyOnTestChain(
  t: TestApp,
  record: { product: { gtin: string; lot: string | null } },
  proofs?: unknown,
): Promise<VerifyRecordReturnType> {
  return verifyRecord({
    record,
    proofs: proofs ?? (await publicProofsOf(t.app, record)),
    rpcUrl: t.anvil.rpcUrl,
    deployment: contractsOf(t),
  });
}
