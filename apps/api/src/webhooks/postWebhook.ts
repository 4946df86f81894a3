import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { CheckWebhookTargetReturnType } from "./checkWebhookTarget.ts";

export type PostWebhookParameters = {
  target: CheckWebhookTargetReturnType;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
};

/**
 * POSTs a webhook body to a checked target and answers the response status. The connection goes to the
 * address `checkWebhookTarget` approved (the name is not looked up again; TLS still verifies the name),
 * redirects are not followed and the response body is discarded.
 *
 * @example
 * const status = await postWebhook({ target, headers, body, timeoutMs: 10_000 });
 */
export function postWebhook(parameters: PostWebhookParameters): Promise<number> {
  const { url, address } = parameters.target;
  const pinned: LookupFunction | undefined =
    address &&
    ((_hostname, options, callback) => {
      if (options.all) callback(null, [address]);
      else callback(null, address.address, address.family);
    });
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "POST",
        headers: { ...parameters.headers, "content-length": Buffer.byteLength(parameters.body) },
        agent: false,
        ...(pinned ? { lookup: pinned } : {}),
        signal: AbortSignal.timeout(parameters.timeoutMs),
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
    request.end(parameters.body);
  });
}
