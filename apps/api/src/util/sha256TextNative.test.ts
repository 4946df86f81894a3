import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { commitEvent, computeEventHash, parseEpcisEvent } from "@tracemark/sdk";
import fc from "fast-check";
import { sha256, stringToBytes } from "viem";
import { prepareEvent } from "../capture/prepareEvent.ts";
import { sha256TextNative } from "./sha256TextNative.ts";

describe("sha256TextNative", () => {
  it("equals viem's sha256 of the text's UTF-8 bytes on any text, lone surrogates included", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ maxLength: 200 })),
        (text) => {
          assert.equal(sha256TextNative(text), sha256(stringToBytes(text)));
        },
      ),
    );
  });

  it("gives prepared events the SDK's default event hash and version-2 leaf", () => {
    fc.assert(
      fc.property(
        fc.record({
          note: fc.string({ unit: "binary" }),
          quantity: fc.double({ noNaN: true, noDefaultInfinity: true }),
        }),
        ({ note, quantity }) => {
          const prepared = prepareEvent({
            event: parseEpcisEvent({
              type: "ObjectEvent",
              action: "OBSERVE",
              eventTime: "2026-03-04T11:00:30.000+01:00",
              eventTimeZoneOffset: "+01:00",
              quantityList: [
                {
                  epcClass: "https://id.gs1.org/01/09520123456788/10/ünï",
                  quantity: Math.abs(quantity),
                  uom: "KGM",
                },
              ],
              readPoint: { id: "urn:epc:id:sgln:9520123.00001.0" },
              "ex:note": note,
            }),
            context: [{ ex: "https://example.com/ns#" }],
          });
          assert.equal(prepared.eventHash, computeEventHash({ event: prepared.document }));
          const standard = commitEvent({
            event: prepared.document,
            eventHash: prepared.eventHash,
            saltSeed: prepared.saltSeed,
          });
          assert.equal(prepared.leaf, standard.leaf);
        },
      ),
      { numRuns: 50 },
    );
  });
});
