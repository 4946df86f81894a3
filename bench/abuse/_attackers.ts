/**
 * The attackers of bench/abuse/run.ts, in a process of their own so that their loops do not slow
 * the measuring client's: one client sends anonymous 20 MiB uploads from 127.0.0.2 (in turn to a
 * documents route, a capture route and the standard capture path), another wrong passwords for
 * `GUESS_EMAIL` from 127.0.0.3, each one request after another, until stdin closes (or
 * MAX_ATTACKS / MAX_MS); then prints what they saw as one JSON line. Not a benchmark itself (`_`).
 *
 * Environment: BASE_URL, ORG_ID, GUESS_EMAIL.
 */
import { performance } from "node:perf_hooks";
import { request, upload } from "./_http.ts";

const MAX_ATTACKS = 1_000_000;
const MAX_MS = 600_000;
const UPLOAD_BYTES = 20 * 1024 * 1024;

const base = new URL(process.env.BASE_URL ?? "");
const orgId = process.env.ORG_ID ?? "";
const guessEmail = process.env.GUESS_EMAIL ?? "";

let attacking = true;
process.stdin.on("data", () => undefined);
process.stdin.on("end", () => {
  attacking = false;
});
const deadline = performance.now() + MAX_MS;
const going = (i: number) => attacking && i < MAX_ATTACKS && performance.now() < deadline;

const targets = [
  { path: `/orgs/${orgId}/documents`, type: "application/pdf" },
  { path: `/orgs/${orgId}/capture`, type: "application/json" },
  { path: "/capture", type: "application/json" },
];
const uploads: { status: number; sent: number }[] = [];
const guesses: number[] = [];
await Promise.all([
  (async () => {
    for (let i = 0; going(i); i++) {
      const target = targets[i % targets.length] as (typeof targets)[number];
      uploads.push(await upload(base, target.path, target.type, UPLOAD_BYTES, "127.0.0.2"));
    }
  })(),
  (async () => {
    for (let i = 0; going(i); i++) {
      const answer = await request(base, "POST", "/auth/login", "127.0.0.3", {
        email: guessEmail,
        password: `wrong password ${i}`,
      }).catch(() => ({ status: 0, body: "" }));
      guesses.push(answer.status);
    }
  })(),
]);
process.stdout.write(`${JSON.stringify({ uploads, guesses })}\n`);
