import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";
import { testAppWithActors } from "../../testing/suite.ts";

describe("documents: stored by content hash, downloaded by members", () => {
  const { t, a } = testAppWithActors({ documentMaxBytes: 1_000_000 });

  const upload = (orgId: string, headers: Record<string, string>, payload: Buffer | string, query = "") =>
    t.app.inject({ method: "POST", url: `/orgs/${orgId}/documents${query}`, headers, payload });

  test("upload keeps the bytes and content type under their sha256; the same content again is 200", async () => {
    const content = Buffer.from(JSON.stringify({ certificate: "organic", n: 1 }));
    const sha256 = createHash("sha256").update(content).digest("hex");
    const headers = { ...a.orgA.users.operator.headers, "content-type": "application/json" };
    const first = await upload(a.orgA.id, headers, content, "?fileName=cert.json");
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().sha256, sha256);
    assert.equal(first.json().size, content.length);
    assert.equal(first.json().fileName, "cert.json");
    const again = await upload(a.orgA.id, headers, content);
    assert.equal(again.statusCode, 200);
    assert.equal(await t.db.prisma.document.count({ where: { sha256 } }), 1);

    const download = await t.app.inject({
      method: "GET",
      url: `/orgs/${a.orgA.id}/documents/${sha256}`,
      headers: a.orgA.apiKeys.viewer.headers,
    });
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers["content-type"], "application/json");
    assert.match(String(download.headers["content-disposition"]), /filename="?cert\.json"?(;|$)/);
    assert.deepEqual(download.rawPayload, content, "the raw bytes, not re-serialised JSON");
  });

  test("another organisation neither downloads it nor gains it by uploading the same content", async () => {
    const content = Buffer.from("secret lab report");
    const sha256 = createHash("sha256").update(content).digest("hex");
    await upload(a.orgA.id, { ...a.orgA.users.operator.headers, "content-type": "text/plain" }, content);
    const peek = await t.app.inject({
      method: "GET",
      url: `/orgs/${a.orgB.id}/documents/${sha256}`,
      headers: a.orgB.users.owner.headers,
    });
    assert.equal(peek.statusCode, 404);
    const cross = await t.app.inject({
      method: "GET",
      url: `/orgs/${a.orgA.id}/documents/${sha256}`,
      headers: a.orgB.users.owner.headers,
    });
    assert.equal(cross.statusCode, 403);
    const own = await upload(
      a.orgB.id,
      { ...a.orgB.users.operator.headers, "content-type": "text/plain" },
      content,
    );
    assert.equal(own.statusCode, 201, "organisation B keeps its own copy");
  });

  test("empty and oversized bodies are refused without writing", async () => {
    const before = await t.db.prisma.document.count();
    const empty = await upload(
      a.orgA.id,
      { ...a.orgA.users.operator.headers, "content-type": "text/plain" },
      "",
    );
    assert.equal(empty.statusCode, 422, empty.body);
    const big = await upload(
      a.orgA.id,
      { ...a.orgA.users.operator.headers, "content-type": "application/octet-stream" },
      Buffer.alloc(1_000_001),
    );
    assert.equal(big.statusCode, 413, big.body);
    assert.match(big.headers["content-type"] ?? "", /problem\+json/);
    assert.equal(await t.db.prisma.document.count(), before);
  });
});
