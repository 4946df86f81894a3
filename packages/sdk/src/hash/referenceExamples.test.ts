import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { computeEventHash } from "./computeEventHash.ts";
import { computeEventPreHash } from "./computeEventPreHash.ts";
import type { JsonLdContext } from "./types.ts";

/**
 * Every example document of GS1's reference implementation (fixtures/gs1-reference, copied
 * unchanged from RalphTro/epcis-event-hash-generator tests/examples, MIT licence beside them), each
 * event's hash against the `.hashes` file published with it.
 */
const directory = new URL("./fixtures/gs1-reference/", import.meta.url);

/**
 * Expectations that depend on the reference implementation's own extension, not on the standard:
 * a document-level `<prefix>:ignoreFields` list naming fields its hash leaves out. CBV 2.0's
 * algorithm has no such mechanism (every user extension takes part in the hash), so these events
 * hash differently here, as they would in any other conforming implementation.
 */
const excepted: Record<string, string> = {
  "epcisDocHavingEventWithIgnoreFields.jsonld":
    "the document's `repository-x:ignoreFields` removes two user extensions of its first event from the hash (the reference's own extension)",
  "epcisQueryDocHavingEventWithIgnoreFields.jsonld":
    "the query document's `repository-x:ignoreFields` removes two user extensions of its first event from the hash (the reference's own extension)",
};

type Document = {
  "@context"?: JsonLdContext;
  "repository-x:ignoreFields"?: string[];
  epcisBody: {
    eventList?: Record<string, unknown>[];
    queryResults?: {
      "repository-x:ignoreFields"?: string[];
      resultsBody: { eventList: Record<string, unknown>[] };
    };
  };
};

const files = readdirSync(directory)
  .filter((name) => name.endsWith(".jsonld"))
  .sort();

describe("computeEventHash reproduces the GS1 reference implementation's example hashes", () => {
  it("covers all 22 example documents and their 43 expected hashes", () => {
    assert.equal(files.length, 22);
    const hashes = files.flatMap((name) => expectedHashes(name));
    assert.equal(hashes.length, 43);
    for (const name of Object.keys(excepted)) assert.ok(files.includes(name), name);
  });

  for (const name of files) {
    const { document, events, context } = read(name);
    const expected = expectedHashes(name);
    const reason = excepted[name];
    if (reason !== undefined) {
      it(`${name}: excepted, ${reason}; without those fields the hashes match`, () => {
        const fields =
          document["repository-x:ignoreFields"] ??
          document.epcisBody.queryResults?.["repository-x:ignoreFields"];
        assert.ok(fields && fields.length > 0);
        const hashes = events.map((event) => computeEventHash({ event, context }));
        assert.notDeepEqual(hashes, expected);
        const without = events.map((event) =>
          Object.fromEntries(Object.entries(event).filter(([key]) => !fields.includes(key))),
        );
        assert.deepEqual(
          without.map((event) => computeEventHash({ event, context })),
          expected,
        );
      });
      continue;
    }
    it(`${name} (${expected.length} event${expected.length === 1 ? "" : "s"})`, () => {
      assert.equal(events.length, expected.length);
      const preHashes = expectedPreHashes(name);
      events.forEach((event, i) => {
        const preHash = preHashes?.[i];
        if (preHash !== undefined && hashOf(preHash) === expected[i]) {
          assert.equal(computeEventPreHash({ event, context }), preHash, `pre-hash of event ${i}`);
        }
        assert.equal(computeEventHash({ event, context }), expected[i], `hash of event ${i}`);
      });
    });
  }
});

/** An example document, its events (of an EPCISDocument or an EPCISQueryDocument) and its `@context`. */
function read(name: string) {
  const document = JSON.parse(readFileSync(new URL(name, directory), "utf8")) as Document;
  const events = document.epcisBody.eventList ?? document.epcisBody.queryResults?.resultsBody.eventList ?? [];
  return { document, events, context: document["@context"] };
}

function expectedHashes(name: string): string[] {
  const text = readFileSync(new URL(name.replace(/\.jsonld$/, ".hashes"), directory), "utf8");
  return text.split(/\r?\n/).filter((line) => line !== "");
}

const hashOf = (preHash: string) =>
  `ni:///sha-256;${createHash("sha256").update(preHash).digest("hex")}?ver=CBV2.0`;

/**
 * The published pre-hash strings, one per event, when the example has them; a few are older than
 * their `.hashes`, so the test compares one only when it hashes to the expected value (a readable diff).
 */
function expectedPreHashes(name: string): string[] | undefined {
  try {
    const text = readFileSync(new URL(name.replace(/\.jsonld$/, ".prehashes"), directory), "utf8");
    return text.split(/\r?\n/).filter((line) => line !== "");
  } catch {
    return undefined;
  }
}

describe("hashVersion 1 still gives the hashes Tracemark's earlier rules gave", () => {
  // Computed by the SDK as it was before rule version 2 (commit 5554a6d), over the same documents:
  // Tracemark's own values, not GS1's; events anchored then carry them.
  const v1 = JSON.parse(
    readFileSync(new URL("./fixtures/ruleVersion1Hashes.json", import.meta.url), "utf8"),
  ) as Record<string, string[]>;
  it("for every event of every example document", () => {
    assert.deepEqual(Object.keys(v1), files);
    for (const name of files) {
      const { events, context } = read(name);
      assert.deepEqual(
        events.map((event) => computeEventHash({ event, context, hashVersion: 1 })),
        v1[name],
        name,
      );
    }
  });
});
