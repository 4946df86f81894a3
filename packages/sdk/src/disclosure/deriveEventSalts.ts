import { bytesToHex, type Hex, hexToBytes, sha256 as viemSha256 } from "viem";
import { DisclosureError } from "../errors/disclosure.ts";
import type { EventSalts, FieldGroupName } from "./types.ts";

/** HMAC-SHA256(key, message) (RFC 2104). */
export type HmacSha256 = (key: Uint8Array, message: Uint8Array) => Uint8Array;

export type DeriveEventSaltsParameters = {
  /** The event's secret seed: 16 to 64 random bytes (`createSalt`), kept instead of its salts. */
  seed: Hex;
  /** The field groups the event has (`splitEventFields`). */
  groups: readonly FieldGroupName[];
  /** The HMAC-SHA256 to derive with; default one on viem's SHA-256 (runs anywhere). A server may pass a native one. */
  hmacSha256?: HmacSha256 | undefined;
};
export type DeriveEventSaltsReturnType = EventSalts;

/**
 * The 16-byte slot of each salt in the derived key material, fixed forever (stored seeds are
 * expanded by it): the event hash's first, then the groups most events have, so that a typical
 * event needs 3 HMAC blocks.
 */
export const saltSlots: readonly (FieldGroupName | "eventHash")[] = [
  "eventHash",
  "core",
  "eventID",
  "location",
  "quantities",
  "bizTransactions",
  "sourceDestination",
  "extensions",
  "ilmd",
  "sensorData",
];
const slotOf = new Map(saltSlots.map((name, slot) => [name, slot]));
const SEED = /^0x(?:[0-9a-f]{2}){16,64}$/;
const info = new TextEncoder().encode("tracemark.salts.v1");

/**
 * The salts of an event's commitments derived from one secret seed, by HKDF-Expand (RFC 5869,
 * SHA-256) with the seed as its pseudorandom key and `tracemark.salts.v1` as info: each salt is the
 * 16 bytes of the output at its slot (`saltSlots`). The seed is 128 random bits or more, so the
 * extract step is not needed; HMAC keyed with it is a pseudorandom function, so each salt is as
 * unguessable as a random one and the salts a record reveals tell nothing about the others or the
 * seed (docs/privacy.md). The API keeps the 16-byte seed rather than the salts. Throws
 * `DisclosureError` for a seed that is not 16 to 64 bytes of lowercase hex.
 *
 * @example
 * const salts = deriveEventSalts({ seed: createSalt(), groups: ["core", "quantities"] })
 */
export function deriveEventSalts(parameters: DeriveEventSaltsParameters): DeriveEventSaltsReturnType {
  const { seed, groups, hmacSha256 = hmacOnViem } = parameters;
  if (!SEED.test(seed))
    throw new DisclosureError({ reason: "the salt seed is not 16 to 64 bytes of lowercase hex" });
  const slots = groups.map((name) => {
    const slot = slotOf.get(name);
    if (slot === undefined) throw new DisclosureError({ reason: `${name} is not a field group` });
    return slot;
  });
  const okm = expand(hexToBytes(seed), 16 * (Math.max(0, ...slots) + 1), hmacSha256);
  const saltAt = (slot: number) => bytesToHex(okm.subarray(16 * slot, 16 * slot + 16));
  const fields: EventSalts["fields"] = {};
  for (const [i, name] of groups.entries()) fields[name] = saltAt(slots[i] as number);
  return { eventHash: saltAt(0), fields };
}

/** HKDF-Expand (RFC 5869 §2.3): T(i) = HMAC(prk, T(i-1) | info | i), the first `length` bytes of T(1) | T(2) | …. */
function expand(prk: Uint8Array, length: number, hmacSha256: HmacSha256): Uint8Array {
  const okm = new Uint8Array(Math.ceil(length / 32) * 32);
  let previous = new Uint8Array(0);
  for (let i = 1; (i - 1) * 32 < length; i += 1) {
    const message = new Uint8Array(previous.length + info.length + 1);
    message.set(previous);
    message.set(info, previous.length);
    message[message.length - 1] = i;
    previous = new Uint8Array(hmacSha256(prk, message));
    okm.set(previous, (i - 1) * 32);
  }
  return okm.subarray(0, length);
}

/** HMAC-SHA256 (RFC 2104) on viem's SHA-256, for keys of at most 64 bytes. */
function hmacOnViem(key: Uint8Array, message: Uint8Array): Uint8Array {
  const inner = new Uint8Array(64 + message.length).fill(0x36, 0, 64);
  const outer = new Uint8Array(64 + 32).fill(0x5c, 0, 64);
  for (const [i, byte] of key.entries()) {
    inner[i] = byte ^ 0x36;
    outer[i] = byte ^ 0x5c;
  }
  inner.set(message, 64);
  outer.set(viemSha256(inner, "bytes"), 64);
  return viemSha256(outer, "bytes");
}
