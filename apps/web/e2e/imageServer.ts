import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type ImageServer = { url: (name: string) => string; close: () => Promise<void> };

const picture = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400">
<rect width="640" height="400" fill="#6b3e26"/><circle cx="320" cy="200" r="120" fill="#c98b5a"/>
<path d="M320 90c-40 60-40 160 0 220" stroke="#6b3e26" stroke-width="14" fill="none"/></svg>`;

/**
 * A supplier's image host on loopback, for tests that must not need the internet: every path
 * answers the same SVG picture of a coffee bean.
 */
export async function startImageServer(): Promise<ImageServer> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "image/svg+xml", "cache-control": "no-store" });
    response.end(picture);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (name) => `http://127.0.0.1:${port}/${name}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
