/// <reference lib="webworker" />
/**
 * Runs the SDK's `verifyRecord` off the page's main thread, against the contracts sent with the
 * page: loading the SDK (viem, the EPCIS schemas, the Merkle code) and checking a record never
 * blocks scrolling or taps on a slow phone. The worker is started only when Verify is pressed.
 * The record comes in the message, or (the consumer page, which does not carry it) is read here
 * from the API by its GS1 keys (`source.keys`), its display part left out, with its lot's proofs
 * (the record is served without them; a serial item's are its lot's); it must have the steps and
 * attestations the page names (`source.shape`), else the page is older than the record and says so. Record and proofs are
 * cached apart (each up to 10 s): when a check of a fetched record fails, both are fetched again
 * past every cache and checked once more, so a record read just before a step was anchored (or a
 * disclosure changed) and proofs read just after never show as a failure.
 * Messages: in `{ id, record | source, rpcUrl, deployment }`; out `{ id, ok: true, result }` or `{ id, ok: false, name, message }`.
 */
import { parseDeployment, verifyRecord } from "@tracemark/sdk";
import { dataOf } from "@/lib/api/apiClient";
import { browserApi } from "@/lib/api/browserApi";
import { shapeOfRecord } from "./shapeOfRecord";
import type { VerifyRecordSource } from "./VerifyPanel";

const scope = self as unknown as DedicatedWorkerGlobalScope;

class NamedError extends Error {
  constructor(
    override readonly name: string,
    message: string,
  ) {
    super(message);
  }
}

/** The API's answer; `RecordUnavailableError` when it cannot be read. */
async function read<Data>(call: Promise<{ data?: Data; response: Response }>): Promise<Data> {
  try {
    return await dataOf(call);
  } catch (error) {
    throw new NamedError("RecordUnavailableError", error instanceof Error ? error.message : String(error));
  }
}

/** The public record of `keys` (a lot's, or a serial item's by its lot or without it). */
function recordOf({ gtin, lot, serial }: VerifyRecordSource["keys"], cache: RequestCache) {
  if (lot !== null && serial !== null) {
    return read(
      browserApi.GET("/public/01/{gtin}/10/{lot}/21/{serial}", {
        params: { path: { gtin, lot, serial } },
        cache,
      }),
    );
  }
  if (lot !== null)
    return read(browserApi.GET("/public/01/{gtin}/10/{lot}", { params: { path: { gtin, lot } }, cache }));
  if (serial !== null)
    return read(
      browserApi.GET("/public/01/{gtin}/21/{serial}", { params: { path: { gtin, serial } }, cache }),
    );
  throw new NamedError("RecordUnavailableError", "The page names no lot and no serial item.");
}

/** The record of `source.keys`, without its display part, and its lot's proofs, if it has the steps the page names. */
async function fetchRecord(
  source: VerifyRecordSource,
  cache: RequestCache,
): Promise<{ record: unknown; proofs: unknown }> {
  const { gtin, lot } = source.keys;
  const [{ display: _display, ...record }, proofs] = await Promise.all([
    recordOf(source.keys, cache),
    lot === null
      ? undefined
      : read(browserApi.GET("/public/01/{gtin}/10/{lot}/proofs", { params: { path: { gtin, lot } }, cache })),
  ]);
  const shape = shapeOfRecord(record);
  if (JSON.stringify(shape) !== JSON.stringify(source.shape)) {
    throw new NamedError(
      "RecordChangedError",
      `The record of ${JSON.stringify(source.keys)} has ${JSON.stringify(shape)}; the page shows ${JSON.stringify(source.shape)}.`,
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
      source?: VerifyRecordSource;
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
