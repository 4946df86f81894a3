import assert from "node:assert/strict";
import { test } from "node:test";
import { isPrefetch } from "./isPrefetch";

test("prefetches and prerenders are not views; an ordinary navigation is", () => {
  assert.equal(isPrefetch(new Headers({ "next-router-prefetch": "1" })), true);
  assert.equal(isPrefetch(new Headers({ "sec-purpose": "prefetch;prerender" })), true);
  assert.equal(isPrefetch(new Headers({ purpose: "prefetch" })), true);
  assert.equal(isPrefetch(new Headers({ "x-moz": "prefetch" })), true);
  assert.equal(isPrefetch(new Headers({ accept: "text/html", "user-agent": "Mozilla/5.0" })), false);
});
