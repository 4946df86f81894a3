import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  HttpRequestError,
  LimitExceededRpcError,
  ResponseBodyTooLargeError,
  RpcRequestError,
  TimeoutError,
} from "viem";
import { isRangeLimitError } from "./errors.ts";

const url = "http://127.0.0.1:8545";
const rpcError = (code: number, message: string) =>
  new RpcRequestError({ body: {}, error: { code, message }, url });

describe("isRangeLimitError", () => {
  test("range and size limits of common providers and of viem itself mean: ask for fewer blocks", () => {
    for (const error of [
      new HttpRequestError({ status: 413, url }),
      new ResponseBodyTooLargeError({ maxSize: 10_485_760, size: 12_727_769 }),
      new TimeoutError({ body: {}, url }),
      new LimitExceededRpcError(rpcError(-32005, "limit exceeded")),
      rpcError(-32602, "block range too large, the maximum is 2000"),
      rpcError(-32000, "query returned more than 10000 results"),
      rpcError(
        -32000,
        "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range",
      ),
      rpcError(-32600, "eth_getLogs is limited to a 10,000 range"),
      new Error("wrapped", { cause: rpcError(-32000, "exceed maximum block range: 5000") }),
    ])
      assert.equal(isRangeLimitError(error), true, String(error));
  });

  test("rate limits, server errors and other failures are retried with the same range", () => {
    for (const error of [
      new HttpRequestError({ status: 429, url, details: "Too Many Requests: limit exceeded" }),
      new HttpRequestError({ status: 500, url }),
      rpcError(-32000, "header not found"),
      new Error("fetch failed"),
    ])
      assert.equal(isRangeLimitError(error), false, String(error));
  });
});
