import { bytesToHex, type Hex, sha256, stringToBytes } from "viem";
import { DisclosureError } from "../errors/disclosure.ts";
import { canonicalJson } from "./canonicalJson.ts";
import type { Sha256Text } from "./types.ts";

export type DisclosureDigestParameters = {
  /** At least 16 random bytes, fresh for this value (`createSalt`). */
  salt: Hex;
  /** What the value is: a field group's name, or `eventHash`. */
  name: string;
  value: unknown;
  /** The SHA-256 to hash with; default viem's (runs anywhere). A server may pass a native one. */
  sha256?: ((bytes: Uint8Array) => Uint8Array) | undefined;
  /** Used instead of `sha256` when given: the SHA-256 of a text's UTF-8 bytes as hex (`Sha256Text`). */
  sha256Text?: Sha256Text | undefined;
};
export type DisclosureDigestReturnType = Hex;

const SALT = /^0x(?:[0-9a-f]{2}){16,}$/;

/**
 * The salted commitment to one named value, in the manner of an SD-JWT disclosure: the SHA-256 of
 * the canonical JSON (RFC 8785, `canonicalJson`) of `[salt, name, value]`. Without the salt (128
 * bits or more) the digest says nothing about the value, however few values it could have.
 * Throws `DisclosureError` for a salt shorter than 16 bytes or not lowercase hex.
 *
 * @example
 * disclosureDigest({ salt: createSalt(), name: "quantities", value: { quantityList } })
 */
export function disclosureDigest(parameters: DisclosureDigestParameters): DisclosureDigestReturnType {
  const { salt, name, value } = parameters;
  if (!SALT.test(salt))
    throw new DisclosureError({ reason: `the salt of ${name} is not 16 or more bytes of lowercase hex` });
  const text = canonicalJson([salt, name, value]);
  if (parameters.sha256Text) return parameters.sha256Text(text);
  const bytes = stringToBytes(text);
  return parameters.sha256 ? bytesToHex(parameters.sha256(bytes)) : sha256(bytes);
}
