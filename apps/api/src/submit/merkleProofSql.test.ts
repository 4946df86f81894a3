import assert from "node:assert/strict";
import { test } from "node:test";
import { createMerkleBatch } from "@tracemark/sdk";
import { type Hex, keccak256, toHex } from "viem";
import { testDatabase } from "../testing/suite.ts";

const db = testDatabase();

test("merkle_proof reads from a batch's stored tree the proof createMerkleBatch gives each leaf", async () => {
  for (const size of [2, 3, 4, 5, 7, 8, 9, 16, 33, 100]) {
    const leaves = Array.from({ length: size }, (_, i) => keccak256(toHex(`leaf ${size}-${i}`)));
    const { nodes, leafNodes, proofs } = createMerkleBatch({ leaves });
    const rows = await db.prisma.$queryRaw<{ proof: Hex[] }[]>`
      SELECT merkle_proof(${Buffer.concat(nodes)}, node) AS proof
      FROM unnest(${leafNodes}::int[]) WITH ORDINALITY AS n(node, i) ORDER BY i`;
    assert.deepEqual(
      rows.map((row) => row.proof),
      proofs.map((p) => p.proof),
      `a batch of ${size}`,
    );
  }
});

test("event_proof: the stored proof of an event batched before trees were stored; none for a batch of one", async () => {
  const [row] = await db.prisma.$queryRaw<{ legacy: string[]; single: string[] }[]>`
    SELECT event_proof(NULL, NULL, ARRAY['0xab']) AS legacy, event_proof(NULL, 0, '{}') AS single`;
  assert.deepEqual(row, { legacy: ["0xab"], single: [] });
});
