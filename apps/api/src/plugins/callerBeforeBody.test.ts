import assert from "node:assert/strict";
import type { AddressInfo, Socket } from "node:net";
import net from "node:net";
import { before, describe, test } from "node:test";
import { type Actors, call } from "../testing/actors.ts";
import type { TestApp } from "../testing/buildTestApp.ts";
import { testAppWithActors } from "../testing/suite.ts";

const MIB = 1024 * 1024;

type Sent = { status: number; contentType: string; body: string; serverRead: number };

/**
 * Sends a POST of `bytes` bytes over a raw connection to the listening `t.app`, in 64 KiB writes
 * while the server keeps reading, and stops when it answers or closes. Returns the answer and how
 * many bytes the server's side of the connection read in all.
 */
async function post(
  t: TestApp,
  url: string,
  headers: Record<string, string>,
  bytes: number,
  fill = 0x20,
): Promise<Sent> {
  const { port } = t.app.server.address() as AddressInfo;
  const accepted = new Promise<Socket>((resolve) => t.app.server.once("connection", resolve));
  const client = net.connect(port, "127.0.0.1");
  const server = await accepted;
  const serverClosed = new Promise((resolve) => server.once("close", resolve));
  let response = "";
  let ended = false;
  client.on("data", (data) => {
    response += data;
  });
  const finished = new Promise<void>((resolve) => {
    client.once("close", () => {
      ended = true;
      resolve();
    });
    client.on("error", () => undefined);
  });
  const head = Object.entries({ host: "127.0.0.1", "content-length": String(bytes), ...headers })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  client.write(`POST ${url} HTTP/1.1\r\n${head}\r\n`);
  const chunk = Buffer.alloc(64 * 1024, fill);
  for (let sent = 0; sent < bytes && !ended && !response.includes("\r\n\r\n"); sent += chunk.length) {
    if (!client.write(chunk.subarray(0, Math.min(chunk.length, bytes - sent)))) {
      await new Promise((resolve) => {
        client.once("drain", resolve);
        client.once("close", resolve);
      });
    }
  }
  // The answer is complete once its body (content-length) is in; then this client hangs up.
  for (;;) {
    const [headText = "", body = ""] = response.split("\r\n\r\n", 2);
    const length = Number(/content-length: (\d+)/i.exec(headText)?.[1] ?? Number.NaN);
    if (ended || (headText && Buffer.byteLength(body) >= length)) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  client.destroy();
  await Promise.all([finished, serverClosed]);
  const [headText = "", body = ""] = response.split("\r\n\r\n", 2);
  return {
    status: Number(headText.split(" ")[1]),
    contentType: /content-type: ([^\r\n]+)/i.exec(headText)?.[1] ?? "",
    body,
    serverRead: server.bytesRead,
  };
}

describe("a caller is checked before a large body is read (a listening server, bytes counted)", () => {
  const { t, a } = testAppWithActors();
  before(async () => {
    await t.app.listen({ host: "127.0.0.1", port: 0 });
  });

  const refusals = [
    { route: "documents", url: (a: Actors) => `/orgs/${a.orgA.id}/documents`, type: "application/pdf" },
    { route: "capture", url: (a: Actors) => `/orgs/${a.orgA.id}/capture`, type: "application/json" },
    { route: "standard capture", url: () => "/capture", type: "application/json" },
  ];
  for (const { route, url, type } of refusals) {
    test(`an anonymous 20 MiB upload to ${route} is refused with 401 after reading at most 1 MiB`, async () => {
      const sent = await post(t, url(a), { "content-type": type }, 20 * MIB);
      assert.equal(sent.status, 401, sent.body);
      assert.match(sent.contentType, /application\/problem\+json/);
      assert.ok(sent.serverRead < MIB, `the server read ${sent.serverRead} bytes of a 20 MiB body`);
    });
  }

  test("an anonymous 20 MiB upload to an unknown route is a 404 after reading at most 1 MiB", async () => {
    const sent = await post(t, "/no/such/route", { "content-type": "application/json" }, 20 * MIB);
    assert.equal(sent.status, 404, sent.body);
    assert.ok(sent.serverRead < MIB, `the server read ${sent.serverRead} bytes of a 20 MiB body`);
  });

  test("a member of another organisation is refused with 403 before the body is read", async () => {
    for (const who of [a.orgB.users.owner, a.orgB.apiKeys.admin]) {
      const sent = await post(
        t,
        `/orgs/${a.orgA.id}/documents`,
        { ...who.headers, "content-type": "application/pdf" },
        20 * MIB,
      );
      assert.equal(sent.status, 403, `${who.label}: ${sent.body}`);
      assert.ok(sent.serverRead < MIB, `${who.label}: the server read ${sent.serverRead} bytes`);
    }
  });

  test("a body over the route's limit is refused with 413 problem+json without reading it", async () => {
    const sent = await post(
      t,
      `/orgs/${a.orgA.id}/documents`,
      { ...a.orgA.users.operator.headers, "content-type": "application/pdf" },
      t.context.config.documentMaxBytes + 1,
    );
    assert.equal(sent.status, 413, sent.body);
    assert.match(sent.contentType, /application\/problem\+json/);
    assert.ok(sent.serverRead < MIB, `the server read ${sent.serverRead} bytes`);
  });

  test("a member's binary upload is read in full and stored as bytes, NUL bytes included", async () => {
    const sent = await post(
      t,
      `/orgs/${a.orgA.id}/documents`,
      { ...a.orgA.users.operator.headers, "content-type": "application/octet-stream" },
      2 * MIB,
      0x00,
    );
    assert.equal(sent.status, 201, sent.body);
    assert.equal(JSON.parse(sent.body).size, 2 * MIB);
  });

  test("sign-in stays open to anonymous callers (its body is small and read)", async () => {
    const response = await call(t.app, a.anonymous, "POST", "/auth/login", {
      email: "nobody@example.test",
      password: "not the password",
    });
    assert.equal(response.statusCode, 401, response.body);
  });
});
