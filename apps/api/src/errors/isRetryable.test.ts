import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Prisma } from "@tracemark/db";
import { TracemarkError } from "@tracemark/sdk";
import { isRetryable } from "./isRetryable.ts";

const prismaError = (code: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError("failed", { code, clientVersion: "7", meta });

describe("isRetryable: a worker retries what a later attempt can get past, nothing else", () => {
  it("retries outages, conflicts and errors that say so", () => {
    for (const error of [
      prismaError("P1001"),
      prismaError("P2034"),
      prismaError("P2010", { code: "40001" }),
      prismaError("P2010", { code: "57P01" }),
      Object.assign(new Error("connect"), { code: "ECONNREFUSED" }),
      new Error("wrapped", { cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }) }),
      new TracemarkError("node down", { retryable: true }),
      new Error("adapter", { cause: { kind: "DatabaseNotReachable" } }),
    ]) {
      assert.equal(isRetryable(error), true, String(error));
    }
  });
  it("fails at once what would fail the same way every time", () => {
    for (const error of [
      new RangeError("Maximum call stack size exceeded"),
      new TypeError("x is undefined"),
      prismaError("P2010", { code: "22008" }),
      prismaError("P2010", { code: "22009" }),
      new TracemarkError("bad event"),
      "a string",
      undefined,
    ]) {
      assert.equal(isRetryable(error), false, String(error));
    }
  });
});
