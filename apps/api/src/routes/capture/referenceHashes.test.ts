import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { computeEventHash, currentEventHashRuleVersion } from "@tracemark/sdk";
import { captureProcessed } from "../../testing/captureFixtures.ts";
import { testAppWithActors } from "../../testing/suite.ts";

/** GS1's reference implementation's example documents and expected hashes, as copied into the SDK. */
const examples = new URL("../../../../../packages/sdk/src/hash/fixtures/gs1-reference/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, examples), "utf8");
const expectedHashes = (name: string) => read(`${name}.hashes`).split(/\r?\n/).filter(Boolean);

describe("capture stores the event hashes GS1's reference implementation expects", () => {
  const { t, a } = testAppWithActors();

  async function capture(document: string | Record<string, unknown>) {
    const { captureId, job } = await captureProcessed(t, a, document);
    assert.equal(job.status, "succeeded", JSON.stringify(job.errors));
    return t.db.prisma.event.findMany({ where: { captureId } });
  }

  for (const name of [
    "ReferenceEventHashAlgorithm2",
    "ReferenceEventHashAlgorithm3",
    "CertificationInfoAndSensorReportWithCRS",
    "epcisDocWithAllGS1Keys",
  ]) {
    test(`${name}: the stored eventHash is the reference's and the SDK's, under the current rules`, async () => {
      const stored = await capture(JSON.parse(read(`${name}.jsonld`)));
      const expected = expectedHashes(name);
      assert.deepEqual(stored.map((e) => e.eventHash).sort(), [...expected].sort());
      for (const event of stored) {
        assert.equal(event.hashVersion, currentEventHashRuleVersion);
        assert.equal(computeEventHash({ event: event.document as Record<string, unknown> }), event.eventHash);
      }
    });
  }

  test("keys with a 12-digit company prefix and an empty reference are accepted and hashed as Digital Links", async () => {
    const event = {
      type: "ObjectEvent",
      eventTime: "2026-03-04T10:00:00.000Z",
      eventTimeZoneOffset: "+00:00",
      epcList: ["urn:epc:id:gdti:987659999999..9"],
      action: "OBSERVE",
      readPoint: { id: "urn:epc:id:sgln:999999999999..0" },
      sourceList: [{ type: "owning_party", source: "urn:epc:id:pgln:999999999999." }],
    };
    const [stored] = await capture({
      "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
      type: "EPCISDocument",
      schemaVersion: "2.0",
      creationDate: "2026-03-04T10:00:00.000Z",
      epcisBody: { eventList: [event] },
    });
    assert.ok(stored);
    assert.equal(stored.eventHash, computeEventHash({ event }));
    const identifiers = await t.db.prisma.eventIdentifier.findMany({ where: { eventId: stored.id } });
    assert.deepEqual(
      identifiers.map((i) => i.value),
      ["https://id.gs1.org/253/98765999999929"],
    );
  });
});
