import assert from "node:assert/strict";
import { test } from "node:test";
import { DomainError, NotAuthenticatedError, ThrottledError } from "../../errors/domain.ts";
import { createSignInThrottle } from "./signInThrottle.ts";

/** A throttle on a clock the test moves by hand. */
function throttleAt(start = 1_000_000) {
  const clock = { now: start };
  return { clock, throttle: createSignInThrottle({ now: () => clock.now }) };
}
const wrong = () => Promise.reject(new NotAuthenticatedError("Wrong email or password."));
const right = () => Promise.resolve("signed in");

async function refusal(attempt: Promise<unknown>): Promise<DomainError> {
  const error = await attempt.then(
    () => assert.fail("expected a refusal"),
    (e: unknown) => e,
  );
  assert.ok(error instanceof DomainError);
  return error;
}

test("after five wrong passwords the client waits 30 s, doubling with each further one, at most 15 min", async () => {
  const { clock, throttle } = throttleAt();
  for (let i = 0; i < 5; i++)
    assert.ok((await refusal(throttle.attempt("ana", "1.1.1.1", wrong))) instanceof NotAuthenticatedError);
  const waits: number[] = [];
  for (let i = 0; i < 8; i++) {
    const blocked = await refusal(throttle.attempt("ana", "1.1.1.1", right));
    assert.ok(blocked instanceof ThrottledError);
    waits.push(blocked.retryAfterSeconds);
    clock.now += blocked.retryAfterSeconds * 1000;
    assert.ok((await refusal(throttle.attempt("ana", "1.1.1.1", wrong))) instanceof NotAuthenticatedError);
  }
  assert.deepEqual(waits, [30, 60, 120, 240, 480, 900, 900, 900]);
});

test("the message and Retry-After state the time actually left, not the delay", async () => {
  const { clock, throttle } = throttleAt();
  for (let i = 0; i < 5; i++) await throttle.attempt("ana", "1.1.1.1", wrong).catch(() => {});
  clock.now += 20_500;
  const blocked = await refusal(throttle.attempt("ana", "1.1.1.1", right));
  assert.ok(blocked instanceof ThrottledError);
  assert.equal(blocked.retryAfterSeconds, 10);
  assert.equal(
    blocked.details,
    "Too many failed sign-ins to this account from your address; try again in 10 s.",
  );
});

test("a client's failures never hold back another client, nor another account", async () => {
  const { throttle } = throttleAt();
  for (let i = 0; i < 20; i++) await throttle.attempt("victim", "6.6.6.6", wrong).catch(() => {});
  assert.ok((await refusal(throttle.attempt("victim", "6.6.6.6", right))) instanceof ThrottledError);
  assert.equal(await throttle.attempt("victim", "1.1.1.1", right), "signed in");
  assert.equal(await throttle.attempt("other", "6.6.6.6", right), "signed in");
});

test("a success clears the client's count; errors other than a wrong password do not count", async () => {
  const { throttle } = throttleAt();
  for (let i = 0; i < 4; i++) await throttle.attempt("ana", "1.1.1.1", wrong).catch(() => {});
  assert.equal(await throttle.attempt("ana", "1.1.1.1", right), "signed in");
  for (let i = 0; i < 4; i++) await throttle.attempt("ana", "1.1.1.1", wrong).catch(() => {});
  const outage = () => Promise.reject(new Error("database down"));
  for (let i = 0; i < 3; i++) await throttle.attempt("ana", "1.1.1.1", outage).catch(() => {});
  assert.ok(
    (await refusal(throttle.attempt("ana", "1.1.1.1", wrong))) instanceof NotAuthenticatedError,
    "the fifth failure",
  );
});

test("memory stays bounded: the oldest entries are forgotten first", async () => {
  const clock = { now: 0 };
  const throttle = createSignInThrottle({ now: () => clock.now, maxEntries: 3 });
  for (let i = 0; i < 6; i++) await throttle.attempt("ana", "1.1.1.1", wrong).catch(() => {});
  for (const client of ["2.2.2.2", "3.3.3.3", "4.4.4.4"])
    await throttle.attempt("ana", client, wrong).catch(() => {});
  assert.equal(await throttle.attempt("ana", "1.1.1.1", right), "signed in");
});
