import assert from "node:assert/strict";
import { test } from "node:test";
import { sessionCookieOptions } from "./sessionCookieOptions";

test("the session cookie is HTTPS-only when served over HTTPS, or when configured so; local http keeps working", () => {
  const over = (proto: string | null, setting?: boolean) =>
    sessionCookieOptions({ setting, forwardedProto: proto, maxAge: 60 }).secure;
  assert.equal(over("https"), true);
  assert.equal(over("http"), false);
  assert.equal(over(null), false);
  assert.equal(over("http", true), true, "COOKIE_SECURE=true: always");
  assert.equal(over("https", false), false, "COOKIE_SECURE=false: never");
  assert.deepEqual(sessionCookieOptions({ setting: undefined, forwardedProto: "https", maxAge: 60 }), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 60,
    secure: true,
  });
});
