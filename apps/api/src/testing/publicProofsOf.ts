import assert from "node:assert/strict";
import type { FastifyInstance } from "fastify";

/**
 * The proofs of a record's lot (`GET /public/01/{gtin}/10/{lot}/proofs`), which `verifyRecord({
 * record, proofs })` needs for a public record: it is served without them. A record that carries
 * its own (the partner record) keeps them; these fill only what it lacks.
 *
 * @example
 * const verdict = await verifyRecord({ record, proofs: await publicProofsOf(t.app, record), rpcUrl, deployment });
 */
export async function publicProofsOf(
  app: FastifyInstance,
  record: { product: { gtin: string; lot: string | null } },
): Promise<unknown> {
  const { gtin, lot } = record.product;
  const url = `/public/01/${gtin}/10/${encodeURIComponent(lot ?? "")}/proofs`;
  const response = await app.inject({ method: "GET", url });
  assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
  return response.json();
}
