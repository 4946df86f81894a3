/// <reference lib="webworker" />
/**
 * Runs the SDK's `verifyRecord` off the page's main thread, against the contracts the API names
 * (`fetchDeployment`): loading the SDK (viem, the EPCIS
 * schemas, the Merkle code) and checking a record never blocks scrolling or taps on a slow phone.
 * Messages: in `{ id, record, rpcUrl }`; out `{ id, ok: true, result }` or `{ id, ok: false, name, message }`.
 */
import { verifyRecord } from "@tracemark/sdk";
import { fetchDeployment } from "@/lib/deployment/fetchDeployment";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener(
  "message",
  async (event: MessageEvent<{ id: number; record: unknown; rpcUrl: string }>) => {
    const { id, record, rpcUrl } = event.data;
    try {
      const result = await verifyRecord({ record, rpcUrl, deployment: await fetchDeployment() });
      scope.postMessage({ id, ok: true, result });
    } catch (error) {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      scope.postMessage({ id, ok: false, name, message });
    }
  },
);
scope.postMessage({ ready: true });
