import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import http from "node:http";
import { test } from "node:test";
import { appendPeerToForwardedFor } from "./appendPeerToForwardedFor";
import { signVisitorAddress, visitorAddressOf } from "./visitorAddress";

test("a visitor's own X-Forwarded-For cannot choose its address: the connection's is appended and taken", async () => {
  appendPeerToForwardedFor();
  appendPeerToForwardedFor(); // a second call (a reload) appends nothing more
  const seen: (string | undefined)[] = [];
  const server = http.createServer((request, response) => {
    seen.push(request.headers["x-forwarded-for"] as string | undefined);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  try {
    await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "203.0.113.9" } });
    await fetch(`http://127.0.0.1:${port}/`);
  } finally {
    server.close();
  }
  assert.deepEqual(seen, ["203.0.113.9, 127.0.0.1", "127.0.0.1"]);
  assert.equal(visitorAddressOf(seen[0] ?? null, 0), "127.0.0.1");
});

test("behind reverse proxies, the address the nearest trusted one saw", () => {
  const chain = "10.9.9.9, 198.51.100.4, 10.0.0.2";
  assert.equal(visitorAddressOf(chain, 0), "10.0.0.2");
  assert.equal(visitorAddressOf(chain, 1), "198.51.100.4");
  assert.equal(visitorAddressOf(chain, 5), "10.9.9.9", "more hops than entries: the first");
  assert.equal(visitorAddressOf(null, 0), undefined);
});

test("the signature is the API's: HMAC-SHA256 of the address under the shared secret, hex", () => {
  const secret = "x".repeat(32);
  assert.equal(
    signVisitorAddress(secret, "203.0.113.7"),
    createHmac("sha256", secret).update("203.0.113.7").digest("hex"),
  );
});
