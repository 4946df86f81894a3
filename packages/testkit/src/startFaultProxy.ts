import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { freePort } from "./freePort.ts";

/** What the proxy does with the next requests. */
export type Fault =
  /** Forward to the node. */
  | "pass"
  /** Answer HTTP 500. */
  | "http500"
  /** Answer 429 Too Many Requests with Retry-After. */
  | "rateLimit"
  /** Answer a JSON-RPC error object (code -32603). */
  | "rpcError"
  /** Answer the JSON-RPC error providers give for an `eth_getLogs` range over their limit. */
  | "rangeLimit"
  /** Answer 413 Payload Too Large (what some gateways send for oversized `eth_getLogs` answers). */
  | "http413"
  /** Forward, but only answer after `delayMs`. */
  | "slow"
  /** Never answer (until the fault is cleared or the proxy stops). */
  | "hang"
  /** Close the connection without an answer. */
  | "reset";

export type FaultProxy = {
  rpcUrl: string;
  /** Sets the fault for every request from now on. */
  setFault: (fault: Fault, options?: { delayMs?: number }) => void;
  /** Decides per request body (a JSON-RPC call or batch); overrides setFault while set. */
  setRule: (rule: ((body: unknown) => Fault) | undefined) => void;
  /** How many requests reached the proxy, by the fault applied. */
  counts: Record<Fault, number>;
  stop: () => Promise<void>;
};

/**
 * A small JSON-RPC proxy on loopback that injects faults between a client and a real node:
 * HTTP errors, 429s, JSON-RPC errors, slow answers, hangs and dropped connections.
 *
 * @example
 * const proxy = await startFaultProxy(anvil.rpcUrl);
 * proxy.setFault("rateLimit"); … proxy.setFault("pass");
 */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  let fault: Fault = "pass";
  let delayMs = 0;
  let rule: ((body: unknown) => Fault) | undefined;
  const counts: Record<Fault, number> = {
    pass: 0,
    http500: 0,
    rateLimit: 0,
    rpcError: 0,
    rangeLimit: 0,
    http413: 0,
    slow: 0,
    hang: 0,
    reset: 0,
  };
  const hanging = new Set<ServerResponse>();
  const sockets = new Set<Socket>();

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const applied = rule ? rule(body) : fault;
    counts[applied] += 1;
    const id = (body as { id?: unknown } | undefined)?.id ?? null;
    switch (applied) {
      case "http500":
        response.writeHead(500).end("internal error");
        return;
      case "rateLimit":
        response.writeHead(429, { "retry-after": "1" }).end("too many requests");
        return;
      case "rpcError":
        response
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ jsonrpc: "2.0", id, error: { code: -32603, message: "injected fault" } }));
        return;
      case "rangeLimit":
        response.writeHead(200, { "content-type": "application/json" }).end(
          JSON.stringify({
            jsonrpc: "2.0",
            id,
            error: { code: -32602, message: "block range too large, the maximum is smaller" },
          }),
        );
        return;
      case "http413":
        response.writeHead(413).end("payload too large");
        return;
      case "hang":
        hanging.add(response);
        return;
      case "reset":
        request.socket.destroy();
        return;
      case "slow":
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        break;
      case "pass":
        break;
    }
    try {
      const upstreamResponse = await fetch(upstream, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: text,
      });
      response
        .writeHead(upstreamResponse.status, { "content-type": "application/json" })
        .end(await upstreamResponse.text());
    } catch {
      // The node itself is down: the client sees a dropped connection, as it would without us.
      request.socket.destroy();
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => request.socket.destroy());
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));

  const releaseHanging = () => {
    for (const response of hanging) response.socket?.destroy();
    hanging.clear();
  };
  return {
    rpcUrl: `http://127.0.0.1:${port}`,
    counts,
    setFault: (next, options) => {
      fault = next;
      delayMs = options?.delayMs ?? 0;
      if (next !== "hang") releaseHanging();
    },
    setRule: (next) => {
      rule = next;
    },
    stop: () =>
      new Promise((resolve) => {
        releaseHanging();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
