import type { BuildAttestationTypedDataReturnType } from "@tracemark/sdk";
import type { LocalAccount } from "viem";

/**
 * The body of `POST /attestations` as the web app sends it: the typed data's message signed by
 * `signer`, its integers as decimal strings.
 *
 * @example
 * await call(app, auditor, "POST", "/attestations", await attestationBody(account, lotId, typedData))
 */
export async function attestationBody(
  signer: Pick<LocalAccount, "signTypedData">,
  lotId: string,
  typedData: BuildAttestationTypedDataReturnType,
) {
  const signature = await signer.signTypedData(typedData);
  const m = typedData.message;
  return {
    lotId,
    message: {
      ...m,
      expirationTime: m.expirationTime.toString(),
      value: m.value.toString(),
      nonce: m.nonce.toString(),
      deadline: m.deadline.toString(),
    },
    signature,
  };
}
