import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedWebhook = { path: string; headers: IncomingHttpHeaders; body: string };
export type WebhookReceiver = { url: string; received: ReceivedWebhook[]; close: () => Promise<void> };

/**
 * A real HTTP receiver of webhooks on loopback; `respond(path, nth)` picks the status of the nth
 * request to a path (it may change while the receiver runs).
 *
 * @example
 * const receiver = await startWebhookReceiver(() => 204);
 * await receiver.close();
 */
export async function startWebhookReceiver(
  respond: (path: string, nth: number) => number,
): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const server: Server = createServer(async (request, response) => {
    let body = "";
    for await (const chunk of request) body += chunk;
    const path = request.url ?? "/";
    received.push({ path, headers: request.headers, body });
    response.writeHead(respond(path, received.filter((r) => r.path === path).length));
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
