import { anchorsHandler } from "./anchors.ts";
import { attestedHandler, revokedHandler } from "./attestations.ts";
import { recallDeclaredHandler, recallLiftedHandler } from "./recalls.ts";
import type { Handler } from "./types.ts";

/**
 * The handlers, keyed `Contract:Event`, in the order they run within a range (an attestation before its
 * revocation). Events without a handler (organisations, writers, auditors) are stored in chain_logs only.
 */
export const handlers: ReadonlyArray<readonly [string, Handler]> = [
  ["TracemarkRegistry:BatchAnchored", anchorsHandler],
  ["TracemarkRegistry:EventAnchored", anchorsHandler],
  ["TracemarkRegistry:RecallDeclared", recallDeclaredHandler],
  ["TracemarkRegistry:RecallLifted", recallLiftedHandler],
  ["EAS:Attested", attestedHandler],
  ["EAS:Revoked", revokedHandler],
];
