import { encodeAbiParameters, type Hex, keccak256 } from "viem";
import { InvalidDigitalLinkError } from "../errors/gs1.ts";
import { normalizeGtin } from "../gs1/normalizeGtin.ts";

export type ComputeLotKeyParameters = { gtin: string; lot: string };
export type ComputeLotKeyReturnType = Hex;

/**
 * The on-chain key of a lot, as `TracemarkRegistry.lotKeyOf(gtin, lot)` computes it:
 * `keccak256(abi.encode(gtin14, lot))`, the GTIN normalised to 14 digits, the lot as in the Digital Link (AI 10).
 * Used for recalls and for lot attestations.
 *
 * @example
 * computeLotKey({ gtin: "9520123456788", lot: "L-2026-03" })
 */
export function computeLotKey(parameters: ComputeLotKeyParameters): ComputeLotKeyReturnType {
  if (parameters.lot.length === 0) throw new InvalidDigitalLinkError({ reason: "the lot is empty" });
  return keccak256(
    encodeAbiParameters(
      [{ type: "string" }, { type: "string" }],
      [normalizeGtin(parameters.gtin), parameters.lot],
    ),
  );
}
