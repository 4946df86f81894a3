import "server-only";
import { headers } from "next/headers";
import { after, userAgent } from "next/server";
import { plainApi } from "@/lib/api/plainApi";
import { isPrefetch } from "./isPrefetch";

/**
 * Counts this request as a view of a lot's consumer page (the brand's scan counts), once the page
 * has been sent: not a prefetch (the browser's or Next.js's own), not a known bot. The API gets the
 * lot's keys and nothing else: no address, no browser, no cookie; a count that fails is dropped.
 *
 * @example
 * await countPageView({ gtin: display.product.gtin, lotCode: display.lot.lotCode });
 */
export async function countPageView({ gtin, lotCode }: { gtin: string; lotCode: string }): Promise<void> {
  const request = await headers();
  if (isPrefetch(request) || userAgent({ headers: request }).isBot) return;
  after(() =>
    plainApi
      .POST("/public/01/{gtin}/10/{lot}/scans", {
        params: { path: { gtin, lot: lotCode } },
        cache: "no-store",
        signal: AbortSignal.timeout(5_000),
      })
      .then(
        () => undefined,
        () => undefined,
      ),
  );
}
