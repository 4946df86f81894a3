/// <reference lib="webworker" />
/**
 * Runs the SDK's `verifyRecord` off the page's main thread, against the contracts sent with the
 * page (so Verify needs nothing more from our servers): loading the SDK (viem, the EPCIS
 * schemas, the Merkle code) and checking a record never blocks scrolling or taps on a slow phone.
 * Messages: in `{ id, record, rpcUrl, deployment }`; out `{ id, ok: true, result }` or `{ id, ok: false, name, message }`.
 */
import { parseDeployment, verifyRecord } from "@tracemark/sdk";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener(
  "message",
  async (event: MessageEvent<{ id: number; record: unknown; rpcUrl: string; deployment: unknown }>) => {
    const { id, record, rpcUrl } = event.data;
    try {
      const deployment = parseDeployment(event.data.deployment, "the page");
      const result = await verifyRecord({ record, rpcUrl, deployment });
      scope.postMessage({ id, ok: true, result });
    } catch (error) {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      scope.postMessage({ id, ok: false, name, message });
    }
  },
);
scope.postMessage({ ready: true });
