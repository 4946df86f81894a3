import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { findUnstorableEscape } from "./findUnstorableEscape.ts";

describe("findUnstorableEscape", () => {
  const json = (value: unknown) => JSON.stringify({ event: value, after: "ok" });

  it("finds \\u0000 and unpaired surrogate halves, in values and keys", () => {
    assert.equal(findUnstorableEscape(json("a\u0000b")), "\\u0000");
    assert.equal(findUnstorableEscape('{"k\\u0000":1}'), "\\u0000");
    assert.equal(findUnstorableEscape('["\\uD800"]'), "\\uD800");
    assert.equal(findUnstorableEscape('["\\ud800x"]'), "\\ud800");
    assert.equal(findUnstorableEscape('["\\ud800\\u0041"]'), "\\ud800");
    assert.equal(findUnstorableEscape('["\\ud800\\\\udc00"]'), "\\ud800", "an escaped backslash between");
    assert.equal(findUnstorableEscape('["\\udc00"]'), "\\udc00");
    assert.equal(findUnstorableEscape('["\\ud83d\\ude00", "\\ude00"]'), "\\ude00");
  });

  it("lets through what jsonb stores: pairs, other escapes, escaped backslashes before u0000", () => {
    assert.equal(findUnstorableEscape(json("plain ünïcode 😀")), undefined);
    assert.equal(findUnstorableEscape('["\\ud83d\\ude00", "\\u00e9\\u0001"]'), undefined);
    assert.equal(findUnstorableEscape('["\\\\u0000", "\\\\\\\\ud800"]'), undefined);
    assert.equal(findUnstorableEscape('["\\\\\\u00e9"]'), undefined);
  });

  it("agrees with JSON.parse on what each text means", () => {
    for (const text of ['["\\\\\\u0000"]', '["\\\\\\ud800"]']) {
      assert.ok(findUnstorableEscape(text), text);
      const [value] = JSON.parse(text) as [string];
      assert.equal(value[0], "\\");
    }
  });

  it("finds one exactly when the strings hold a NUL or a lone surrogate (JSON.stringify escapes both)", () => {
    const piece = fc.oneof(
      fc.constantFrom("\0", "\ud800", "\udbff", "\udc00", "\udfff", "\ud83d\ude00", "\\", "u0000", "é"),
      fc.string({ unit: "binary", maxLength: 8 }),
    );
    const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(""))), (strings) => {
        const unstorable = strings.some((s) => s.includes("\0") || lone.test(s));
        assert.equal(findUnstorableEscape(JSON.stringify(strings)) !== undefined, unstorable);
      }),
      { numRuns: 2_000 },
    );
  });
});
