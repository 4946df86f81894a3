import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type TamperingProxy = { url: string; close: () => Promise<void> };

/**
 * A compromised web server, for tests: it serves everything the real one serves, but rewrites
 * `from` to `to` in every HTML page and JSON answer (and so in the record Verify fetches).
 * It listens on loopback like the real server, so the browser treats it the same way.
 */
export async function startTamperingProxy(target: string, from: string, to: string): Promise<TamperingProxy> {
  const server: Server = createServer(async (request, response) => {
    try {
      const upstream = await fetch(`${target}${request.url}`, {
        method: request.method,
        headers: { accept: request.headers.accept ?? "*/*" },
      });
      const type = upstream.headers.get("content-type") ?? "application/octet-stream";
      let body = Buffer.from(await upstream.arrayBuffer());
      if (type.startsWith("text/html") || type.startsWith("application/json"))
        body = Buffer.from(body.toString("utf8").replaceAll(from, to));
      response.writeHead(upstream.status, { "content-type": type });
      response.end(body);
    } catch {
      response.writeHead(502).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
