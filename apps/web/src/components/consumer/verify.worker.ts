/// <reference lib="webworker" />
/**
 * Runs the SDK's `verifyRecord` off the page's main thread, against the contracts sent with the
 * page: loading the SDK (viem, the EPCIS schemas, the Merkle code) and checking a record never
 * blocks scrolling or taps on a slow phone. The worker is started only when Verify is pressed.
 * The record comes in the message, or (the consumer page, which does not carry it) is fetched
 * here from `source.url`, its display part left out, with its proofs (`source.url` + `/proofs`:
 * the record is served without them); it must have the steps and attestations the page
 * names (`source.shape`), else the page is older than the record and says so. Record and proofs are
 * cached apart (each up to 10 s): when a check of a fetched record fails, both are fetched again
 * past every cache and checked once more, so a record read just before a step was anchored (or a
 * disclosure changed) and proofs read just after never show as a failure.
 * Messages: in `{ id, record | source, rpcUrl, deployment }`; out `{ id, ok: true, result }` or `{ id, ok: false, name, message }`.
 */
import { parseDeployment, verifyRecord } from "@tracemark/sdk";
import { type RecordShape, shapeOfRecord } from "./shapeOfRecord";

const scope = self as unknown as DedicatedWorkerGlobalScope;

class NamedError extends Error {
  constructor(
    override readonly name: string,
    message: string,
  ) {
    super(message);
  }
}

/** The JSON at `url`; `RecordUnavailableError` when it cannot be read. */
async function fetchJson(url: string, cache: RequestCache): Promise<Record<string, unknown>> {
  try {
    const response = await fetch(url, { headers: { accept: "application/json" }, cache });
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    return (await response.json()) as Record<string, unknown>;
  } catch (error) {
    throw new NamedError("RecordUnavailableError", (error as Error).message);
  }
}

/** The record at `source.url`, without its display part, and its proofs, if it has the steps the page names. */
async function fetchRecord(
  source: { url: string; shape: RecordShape },
  cache: RequestCache,
): Promise<{ record: unknown; proofs: unknown }> {
  const [{ display: _display, ...record }, proofs] = await Promise.all([
    fetchJson(source.url, cache),
    fetchJson(`${source.url}/proofs`, cache),
  ]);
  const shape = shapeOfRecord(record);
  if (JSON.stringify(shape) !== JSON.stringify(source.shape)) {
    throw new NamedError(
      "RecordChangedError",
      `The record at ${source.url} has ${JSON.stringify(shape)}; the page shows ${JSON.stringify(source.shape)}.`,
    );
  }
  return { record, proofs };
}

scope.addEventListener(
  "message",
  async (
    event: MessageEvent<{
      id: number;
      record?: unknown;
      source?: { url: string; shape: RecordShape };
      rpcUrl: string;
      deployment: unknown;
    }>,
  ) => {
    const { id, source, rpcUrl } = event.data;
    try {
      const deployment = parseDeployment(event.data.deployment, "the page");
      const verify = async (cache: RequestCache) => {
        const { record, proofs } = source
          ? await fetchRecord(source, cache)
          : { record: event.data.record, proofs: undefined };
        return verifyRecord({ record, proofs, rpcUrl, deployment });
      };
      let result = await verify("default");
      if (!result.ok && source) result = await verify("reload");
      scope.postMessage({ id, ok: true, result });
    } catch (error) {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      scope.postMessage({ id, ok: false, name, message });
    }
  },
);
scope.postMessage({ ready: true });
