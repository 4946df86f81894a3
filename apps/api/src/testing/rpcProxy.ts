import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/** What the proxy does with one JSON-RPC request: forward it, or answer with a fault. */
export type ProxyFault = "range-error" | "413" | "429" | "500" | undefined;

export type RpcProxy = {
  url: string;
  /** `eth_getLogs` block ranges the node answered, and how many requests got a fault. */
  servedRanges: number[];
  faults: number;
  close: () => Promise<void>;
};

async function readBody(request: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) body += chunk;
  return body;
}

/**
 * A JSON-RPC proxy on loopback in front of a node that injects faults: `fault(request)` decides per request
 * (e.g. refuse `eth_getLogs` over more than N blocks, answer 429 or 500).
 *
 * @example
 * const proxy = await startRpcProxy(anvil.rpcUrl, (r) => (logRange(r) > 10 ? "range-error" : undefined));
 */
export async function startRpcProxy(
  target: string,
  fault: (request: { method: string; params: unknown[] }) => ProxyFault,
): Promise<RpcProxy> {
  const proxy: RpcProxy = { url: "", servedRanges: [], faults: 0, close: async () => {} };
  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    const call = JSON.parse(body) as { id: number; method: string; params: unknown[] };
    const injected = fault(call);
    if (injected) proxy.faults += 1;
    if (injected === "range-error") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          jsonrpc: "2.0",
          id: call.id,
          error: { code: -32602, message: "block range too large, the maximum is smaller" },
        }),
      );
      return;
    }
    if (injected) {
      response.writeHead(Number(injected), { "content-type": "text/plain" });
      response.end(
        injected === "429" ? "Too Many Requests" : injected === "413" ? "Payload Too Large" : "oops",
      );
      return;
    }
    const range = logRange(call);
    if (range !== undefined) proxy.servedRanges.push(range);
    const upstream = await fetch(target, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    response.writeHead(upstream.status, { "content-type": "application/json" });
    response.end(await upstream.text());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}

/** The number of blocks an `eth_getLogs` request spans, `undefined` for other methods. */
export function logRange(call: { method: string; params: unknown[] }): number | undefined {
  if (call.method !== "eth_getLogs") return undefined;
  const filter = call.params[0] as { fromBlock: string; toBlock: string };
  return Number(BigInt(filter.toBlock) - BigInt(filter.fromBlock)) + 1;
}
