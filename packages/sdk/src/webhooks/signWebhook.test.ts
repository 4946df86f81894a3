import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { describe, it } from "node:test";
import fc from "fast-check";
import { signWebhook, verifyWebhookSignature } from "./signWebhook.ts";

const now = 1_780_000_000;

describe("signWebhook", () => {
  it("is HMAC-SHA256 of 't.body' in hex, as Node's own HMAC computes it", () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: "grapheme" }), fc.nat(), (secret, body, timestamp) => {
        const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
        assert.equal(signWebhook({ secret, body, timestamp }), `t=${timestamp},v1=${mac}`);
      }),
    );
  });
});

describe("verifyWebhookSignature", () => {
  const secret = "whsec_test";
  const body = '{"event":"recall.declared","lot":"L1"}';
  const header = signWebhook({ secret, body, timestamp: now - 10 });

  it("accepts the body it signed, within the tolerance", () => {
    assert.equal(verifyWebhookSignature({ secret, body, header, now }), true);
  });

  it("refuses a changed body, another secret, an old or future timestamp, and malformed headers", () => {
    assert.equal(verifyWebhookSignature({ secret, body: `${body} `, header, now }), false);
    assert.equal(verifyWebhookSignature({ secret: "other", body, header, now }), false);
    assert.equal(verifyWebhookSignature({ secret, body, header, now: now + 301 }), false);
    assert.equal(verifyWebhookSignature({ secret, body, header, now: now - 400 }), false);
    assert.equal(
      verifyWebhookSignature({ secret, body, header, now: now + 100, toleranceSeconds: 60 }),
      false,
    );
    for (const bad of [undefined, "", "t=abc,v1=00", "v1=00", `t=${now}`, header.replace(/v1=../, "v1=zz")]) {
      assert.equal(verifyWebhookSignature({ secret, body, header: bad, now }), false, String(bad));
    }
  });

  it("never throws and accepts no header it did not sign, whatever the header", () => {
    fc.assert(
      fc.property(fc.string(), (anyHeader) => {
        assert.equal(verifyWebhookSignature({ secret, body, header: anyHeader, now }), anyHeader === header);
      }),
    );
  });
});
