import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { allEvents, namespaces } from "../epcis/fixtures.ts";
import { computeEventHash } from "./computeEventHash.ts";
import * as ref from "./fixtures/reference.ts";

const context = [ref.exampleContext[0] as string, { ...namespaces, ...(ref.exampleContext[1] as object) }];
const events: Record<string, unknown>[] = [ref.example1, ref.example2, ref.example3, ...allEvents];

/** The same JSON value with every object's keys in an order chosen by `seed`, and spaces around strings. */
function reshuffle(value: unknown, seed: number[], pad: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => reshuffle(v, seed, pad));
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    const keyed = entries.map((entry, i) => ({ entry, rank: seed[i % seed.length] ?? 0 }));
    keyed.sort((a, b) => a.rank - b.rank);
    return Object.fromEntries(
      keyed.map(({ entry: [k, v] }) => [k, reshuffle(v, seed.slice(1).concat(seed[0] ?? 0), pad)]),
    );
  }
  return pad && typeof value === "string" ? `  ${value}\n` : value;
}

describe("event hash (property)", () => {
  it("is the same whatever the key order and surrounding whitespace of values", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...events),
        fc.array(fc.integer(), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (event, seed, pad) => {
          const reshuffled = reshuffle(event, seed, pad) as Record<string, unknown>;
          // The event type itself is an identifier, not a value to trim.
          reshuffled.type = event.type;
          assert.equal(
            computeEventHash({ event: reshuffled, context }),
            computeEventHash({ event, context }),
          );
        },
      ),
    );
  });

  it("differs for every pair of distinct events", () => {
    const hashes = events.map((event) => computeEventHash({ event, context }));
    assert.equal(new Set(hashes).size, events.length);
  });

  it("changes when any list item is dropped", () => {
    fc.assert(
      fc.property(fc.constantFrom(...events), fc.nat(), (event, pick) => {
        const lists = Object.entries(event).filter(([, v]) => Array.isArray(v) && v.length > 0);
        fc.pre(lists.length > 0);
        const [key, list] = lists[pick % lists.length] as [string, unknown[]];
        const changed = { ...event, [key]: list.slice(1) };
        assert.notEqual(computeEventHash({ event: changed, context }), computeEventHash({ event, context }));
      }),
    );
  });
});
