import assert from "node:assert/strict";
import type { Actors } from "./actors.ts";
import { call } from "./actors.ts";
import type { TestApp } from "./buildTestApp.ts";

/**
 * Organisation A's owner can neither read nor rename `theirs`, another organisation's row at
 * `${url}/${theirs.id}`: both are 404s, and the row's name, read again with `reread`, is unchanged.
 *
 * @example
 * await assertNameHidden(t, a, `/orgs/${a.orgA.id}/products`, theirs, () => t.db.prisma.product.findUniqueOrThrow({ where: { id: theirs.id } }))
 */
export async function assertNameHidden(
  t: TestApp,
  a: Actors,
  url: string,
  theirs: { id: string; name: string },
  reread: () => Promise<{ name: string }>,
): Promise<void> {
  const read = await call(t.app, a.orgA.users.owner, "GET", `${url}/${theirs.id}`);
  assert.equal(read.statusCode, 404, read.body);
  const rename = await call(t.app, a.orgA.users.owner, "PATCH", `${url}/${theirs.id}`, { name: "Mine now" });
  assert.equal(rename.statusCode, 404, rename.body);
  assert.equal((await reread()).name, theirs.name);
}
