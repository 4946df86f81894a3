import "server-only";
import { type Deployment, parseDeployment } from "@tracemark/sdk";
import { connection } from "next/server";
import { dataOf, publicApi } from "./api";

let cached: { deployment: Promise<Deployment>; at: number } | undefined;
const KEEP_MS = 60_000;

/**
 * The contracts this instance writes to and verifies against, from the API's `GET /deployment`,
 * asked on the server at run time (kept a minute) and handed to the browser with the page, so one
 * build serves any chain and a shopper's Verify needs nothing more from our servers.
 *
 * @example
 * const deployment = await getDeployment();
 */
export async function getDeployment(): Promise<Deployment> {
  // Asked per request, never while prerendering (the cache's clock would be read at build).
  await connection();
  if (!cached || Date.now() - cached.at > KEEP_MS) {
    const deployment = dataOf(publicApi.GET("/deployment")).then((body) =>
      parseDeployment(body, "the API's /deployment"),
    );
    cached = { deployment, at: Date.now() };
    deployment.catch(() => {
      cached = undefined;
    });
  }
  return cached.deployment;
}
