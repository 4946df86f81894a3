import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { after, test } from "node:test";
import { freePort } from "@tracemark/testkit";
import { startService, stopService, waitForHttp } from "./services.ts";

const servers: Server[] = [];
after(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

/** An HTTP server on a free port that answers `statuses` in turn, then the last one. */
async function serve(statuses: number[]): Promise<{ url: string; requests: () => number }> {
  let requests = 0;
  const server = createServer((_request, response) => {
    const status = statuses[Math.min(requests, statuses.length - 1)] ?? 200;
    requests += 1;
    response.writeHead(status, { "content-type": "application/json" }).end('{"status":"…"}');
  });
  servers.push(server);
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${port}/ready`, requests: () => requests };
}

test("waits through 503s (an API not ready yet) until the URL answers", async () => {
  const ready = await serve([503, 503, 200]);
  const response = await waitForHttp(ready.url, { timeoutMs: 60_000 });
  assert.equal(response.status, 200);
  assert.equal(ready.requests(), 3);
});

test("a service that exits before its URL answers is named at once", async () => {
  const url = `http://127.0.0.1:${await freePort()}/ready`;
  const api = startService("api", process.execPath, ["-e", "process.exitCode = 3"], process.env, () => {});
  await assert.rejects(waitForHttp(url, { timeoutMs: 600_000, service: api }), {
    message: `api exited with code 3 before ${url} answered`,
  });
});

test("a URL that never answers fails with the last error once the time is up", async () => {
  const url = `http://127.0.0.1:${await freePort()}/ready`;
  await assert.rejects(waitForHttp(url, { timeoutMs: 300 }), /did not answer within 0\.3 s \(fetch failed\)/);
});

test("a service's output goes line by line to onLine when given, however it was written", async () => {
  const lines: string[] = [];
  const script = [
    "process.stdout.write('@tracemark/sdk:build: cache hit\\n\\n@tracemark/web:bu');",
    "setTimeout(() => process.stdout.write('ild: cache miss\\n'), 50);",
  ].join("\n");
  const build = startService("build", process.execPath, ["-e", script], process.env, (line) =>
    lines.push(line),
  );
  await new Promise((resolve) => build.child.once("close", resolve));
  await stopService(build);
  assert.deepEqual(lines, ["@tracemark/sdk:build: cache hit", "@tracemark/web:build: cache miss"]);
});
