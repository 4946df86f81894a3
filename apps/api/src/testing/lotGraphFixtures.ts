import assert from "node:assert/strict";
import type { Database } from "@tracemark/db";
import { call, type OrgFixture } from "./actors.ts";
import type { TestApp } from "./buildTestApp.ts";
import { createProductLot } from "./events.ts";

/** A lot of a lot graph: its id and its Digital Link path (`/01/<gtin>/10/<lot>`), the node id the API gives it. */
export type KeyedLot = { id: string; path: string };

/**
 * A product and a lot of it for each `[key, organisationId, gtin, product name]`, the key being the
 * lot code; returned by key.
 *
 * @example
 * const lots = await createKeyedLots(t.db, [["T1", orgA, gtin(1), "Tomatoes"]])
 */
export async function createKeyedLots(
  db: Database,
  entries: readonly (readonly [key: string, organizationId: string, gtin: string, name: string])[],
): Promise<Record<string, KeyedLot>> {
  const lots: Record<string, KeyedLot> = {};
  for (const [key, organizationId, gtin, name] of entries) {
    const { lot } = await createProductLot(db, organizationId, { gtin, name, lotCode: key });
    lots[key] = { id: lot.id, path: `/01/${gtin}/10/${key}` };
  }
  return lots;
}

/**
 * `GET /orgs/:orgId/lots/:lotId/<view><qs>` as `who`'s viewer, asserted 200: the parsed body and its text.
 *
 * @example
 * const { json: graph } = await lotView<Graph>(t, a.orgA, lots.T1?.id, "trace", "?direction=forward")
 */
export async function lotView<T>(
  t: TestApp,
  who: OrgFixture,
  lotId: string | undefined,
  view: "trace" | "impact",
  qs = "",
): Promise<{ json: T; body: string }> {
  const response = await call(t.app, who.users.viewer, "GET", `/orgs/${who.id}/lots/${lotId}/${view}${qs}`);
  assert.equal(response.statusCode, 200, response.body);
  return { json: response.json() as T, body: response.body };
}
