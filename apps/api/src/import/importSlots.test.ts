import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { ImportSlots } from "./importSlots.ts";

test("slots are refused beyond the organisation's and the process's limits, and free again when released", () => {
  const slots = new ImportSlots({ running: 2, runningPerOrganization: 1 });
  const a = slots.take("a");
  assert.ok(a);
  assert.equal(slots.take("a"), undefined, "a second import of the same organisation");
  const b = slots.take("b");
  assert.ok(b);
  assert.equal(slots.take("c"), undefined, "a third import in the process");
  a();
  a();
  assert.equal(slots.take("b"), undefined, "releasing twice frees one slot only");
  assert.ok(slots.take("c"));
});

test("under any sequence of takes and releases, no limit is ever exceeded and every release frees its slot", () => {
  fc.assert(
    fc.property(
      fc.record({
        running: fc.integer({ min: 1, max: 4 }),
        runningPerOrganization: fc.integer({ min: 1, max: 3 }),
      }),
      fc.array(
        fc.oneof(
          fc.constantFrom("a", "b", "c").map((org) => ({ take: org })),
          fc.nat(20).map((i) => ({ release: i })),
        ),
      ),
      (limits, steps) => {
        const slots = new ImportSlots(limits);
        const held: { org: string; release: () => void }[] = [];
        for (const step of steps) {
          if ("take" in step) {
            const release = slots.take(step.take);
            const ofOrg = held.filter((h) => h.org === step.take).length;
            const free = held.length < limits.running && ofOrg < limits.runningPerOrganization;
            assert.equal(release !== undefined, free);
            if (release) held.push({ org: step.take, release });
          } else if (held.length > 0) {
            const [one] = held.splice(step.release % held.length, 1);
            one?.release();
          }
        }
      },
    ),
  );
});
