import { readFileSync } from "node:fs";
import { Keystore } from "ox";
import type { Hex } from "viem";
import { type PrivateKeyAccount, privateKeyToAccount } from "viem/accounts";
import { z } from "zod";
import { RelayerKeyError } from "../errors/relayerKey.ts";

export type KeystoreAccountParameters = {
  /** A Web3 Secret Storage (v3) JSON file, as geth, Clef and `cast wallet new` write. */
  path: string;
  /** A file holding the keystore's password (a trailing newline is not part of it). */
  passwordFile: string;
};

const keystoreSchema = z.object({
  version: z.literal(3),
  id: z.string(),
  crypto: z.object({
    cipher: z.literal("aes-128-ctr"),
    ciphertext: z.string().regex(/^[0-9a-fA-F]+$/),
    cipherparams: z.object({ iv: z.string().regex(/^[0-9a-fA-F]{32}$/) }),
    kdf: z.enum(["scrypt", "pbkdf2"]),
    kdfparams: z.object({ salt: z.string() }).loose(),
    mac: z.string().regex(/^[0-9a-fA-F]{64}$/),
  }),
});

function readText(path: string, variable: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new RelayerKeyError(`${variable}: cannot read ${path}`, { details: String(error), cause: error });
  }
}

/**
 * The relayer account of an encrypted keystore, decrypted with its password (ox's `Keystore`: scrypt or PBKDF2,
 * AES-128-CTR, the MAC checked first). Throws a `RelayerKeyError` naming the variable to fix when the file is
 * missing or not a v3 keystore, or when the password does not open it.
 *
 * @example
 * const account = await keystoreAccount({ path: "/run/secrets/relayer.json", passwordFile: "/run/secrets/relayer-password" });
 */
export async function keystoreAccount({
  path,
  passwordFile,
}: KeystoreAccountParameters): Promise<PrivateKeyAccount> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readText(path, "RELAYER_KEYSTORE_PATH"));
  } catch (error) {
    if (error instanceof RelayerKeyError) throw error;
    throw new RelayerKeyError(`RELAYER_KEYSTORE_PATH: ${path} is not JSON`, { cause: error });
  }
  const keystore = keystoreSchema.safeParse(parsed);
  if (!keystore.success)
    throw new RelayerKeyError(`RELAYER_KEYSTORE_PATH: ${path} is not a Web3 Secret Storage v3 keystore`, {
      details: keystore.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "),
    });
  const password = readText(passwordFile, "RELAYER_KEYSTORE_PASSWORD_FILE").replace(/\r?\n$/, "");
  const json = keystore.data as unknown as Keystore.Keystore;
  const key = await Keystore.toKeyAsync(json, { password });
  let privateKey: Hex;
  try {
    privateKey = Keystore.decrypt(json, key);
  } catch (error) {
    throw new RelayerKeyError(
      `RELAYER_KEYSTORE_PASSWORD_FILE: the password in ${passwordFile} does not open the keystore ${path}`,
      { cause: error },
    );
  }
  return privateKeyToAccount(`0x${privateKey.slice(2).padStart(64, "0")}`);
}
