import { hash } from "node:crypto";
import type { Sha256Text } from "@tracemark/sdk";

/**
 * SHA-256 of a text's UTF-8 bytes as 0x-hex by Node's one-shot `crypto.hash`, for what the capture
 * worker hashes per event (the event hash's pre-hash string, each commitment of `commitEvent`): one
 * native call, without the byte array, hash object and hex conversion around `sha256Native`, about
 * four times cheaper for texts this short.
 *
 * @example
 * const { leaf, saltSeed } = commitEvent({ event, eventHash, sha256Text: sha256TextNative });
 */
export const sha256TextNative: Sha256Text = (text) => `0x${hash("sha256", text, "hex")}`;
