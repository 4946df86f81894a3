import assert from "node:assert/strict";
import { registerHooks } from "node:module";
import { test } from "node:test";
import React, { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Attestation } from "@/lib/api/types";

// Rendered as the server renders it. Outside Next.js, tsx compiles the components' JSX to
// `React.createElement`, and `server-only` (which guards the server's configuration) must be empty.
Object.assign(globalThis, { React });
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
    return nextResolve(specifier, context);
  },
});
const { AttestationList } = await import("./AttestationList");

const base: Attestation = {
  id: "6f1c8a52-8a0e-4a8c-9a55-1a0f3b1f7c11",
  uid: null,
  status: "pending",
  lotId: "0e9f0c1e-1c6e-4f57-9a57-5b8a3c2d1e0f",
  lotCode: "C-1",
  gtin: "09506000134352",
  productName: "Cocoa beans",
  organizationId: "2a7d4d0e-3b1f-4b8e-8f4a-0c9b2d1e3f4a",
  organizationName: "Org A",
  auditorAddress: "0xe27a3e00bbf6fa6ee91b1f420a35ab8f5e815371",
  auditorName: "Certa Audits",
  claim: "EU organic",
  eventId: null,
  evidenceHash: `0x${"ab".repeat(32)}`,
  expiresAt: null,
  txHash: null,
  failureReason: null,
  revocationRequestedAt: null,
  revokedAt: null,
  createdAt: "2026-12-04T18:00:00.000Z",
};

/** The list's text as a reader gets it (markup and entities aside). */
function text(items: Attestation[]): string {
  return renderToStaticMarkup(createElement(AttestationList, { items, empty: "None yet." }))
    .replaceAll(/<[^>]+>/g, " ")
    .replaceAll("&#x27;", "'")
    .replaceAll(/\s+/g, " ");
}

test("a failed attestation shows as failed with the reason the chain gave", () => {
  const shown = text([
    {
      ...base,
      status: "failed",
      failureReason: "DeadlineExpired: the signature's deadline had passed when it was relayed",
    },
  ]);
  assert.match(shown, /EU organic Failed/);
  assert.match(
    shown,
    /Refused by the chain: DeadlineExpired: the signature's deadline had passed when it was relayed/,
  );
});

test("a refused revocation shows its reason beside the attestation still on chain", () => {
  const shown = text([
    { ...base, status: "onchain", failureReason: "The revocation failed: DeadlineExpired: too late" },
  ]);
  assert.match(shown, /On chain/);
  assert.match(shown, /The revocation failed: DeadlineExpired: too late/);
  assert.doesNotMatch(shown, /Refused by the chain/);
});

test("an attestation nobody refused shows no reason", () => {
  assert.doesNotMatch(text([base]), /Refused|failed/);
});
