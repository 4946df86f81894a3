import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { computeEventHash, parseEpcisEvent } from "@tracemark/sdk";
import fc from "fast-check";
import { bytesToHex, sha256 } from "viem";
import { prepareEvent } from "../capture/prepareEvent.ts";
import { sha256Native } from "./sha256Native.ts";

describe("sha256Native", () => {
  it("equals viem's sha256 on any input", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (input) => {
        assert.equal(bytesToHex(sha256Native(input)), sha256(input));
      }),
    );
  });

  it("gives prepared events (and the events they declare erroneous) the SDK's default hashes", () => {
    const event = parseEpcisEvent({
      type: "ObjectEvent",
      action: "OBSERVE",
      eventTime: "2026-03-04T11:00:30.000+01:00",
      eventTimeZoneOffset: "+01:00",
      epcList: ["https://id.gs1.org/01/09520123456788/21/ünïcode-1"],
      bizStep: "https://ref.gs1.org/cbv/BizStep-inspecting",
    });
    const prepared = prepareEvent({ event });
    assert.equal(prepared.eventHash, computeEventHash({ event: prepared.document }));
    const declaration = prepareEvent({
      event: parseEpcisEvent({
        ...event,
        errorDeclaration: { declarationTime: "2026-06-01T00:00:00.000Z", reason: "did_not_occur" },
      }),
    });
    assert.equal(declaration.correctsEventHash, prepared.eventHash);
    assert.equal(declaration.eventHash, computeEventHash({ event: declaration.document }));
  });
});
