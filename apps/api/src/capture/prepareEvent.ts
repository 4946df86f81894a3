import type { EventVisibility, IdentifierRole } from "@tracemark/db";
import {
  commitEvent,
  computeEventHash,
  currentEventHashRuleVersion,
  currentLeafVersion,
  type EpcisEvent,
  type EventHashRuleVersion,
  InvalidEpcisError,
  type JsonLdContext,
  type LeafVersion,
} from "@tracemark/sdk";
import type { Hex } from "viem";
import { canonicalIdentifier, TRACEMARK_NAMESPACE } from "../services/identifiers/epcisIdentifiers.ts";
import { hmacSha256Native } from "../util/hmacSha256Native.ts";
import { keccak256Wasm } from "../util/keccak256Wasm.ts";
import { sha256TextNative } from "../util/sha256TextNative.ts";

/** An event ready to be stored: its columns, hash, leaf and the identifiers it names. */
export type PreparedEvent = {
  id: string;
  eventHash: string;
  leaf: string;
  /** The format of `leaf`: 2, a commitment to the salted event hash and field groups (`commitEvent`). */
  leafVersion: LeafVersion;
  /**
   * The secret seed of the leaf's salts (`deriveEventSalts`): stored; the salts derived from it are
   * given to the lot's partners, never public.
   */
  saltSeed: Hex;
  /** The SDK's rule version `eventHash` was computed with (stored, served in the public record). */
  hashVersion: EventHashRuleVersion;
  type: string;
  action: string | null;
  bizStep: string | null;
  disposition: string | null;
  eventTime: Date;
  eventTimeZoneOffset: string;
  readPoint: string | null;
  bizLocation: string | null;
  /** The event as stored: self-contained (its own `@context` when it uses extensions) with `eventID`. */
  document: Record<string, unknown>;
  correctsEventHash: string | null;
  /** Every EPC and EPC class, canonical (see `canonicalIdentifier`), without repeats. */
  identifiers: { role: IdentifierRole; value: string }[];
  sourceUris: string[];
  destinationUris: string[];
  /** The lot the event is primarily about when the caller named it; else found from the identifiers. */
  lotId?: string | undefined;
  /** sha256 of documents of the organisation to attach: the event's `tm:documents`. */
  documentHashes: string[];
  /**
   * Who may see the event, when the capture says (`tm:visibility`, or the simple form's
   * `visibility`); else `storeEvents` applies the organisation's defaults.
   */
  visibility?: EventVisibility | undefined;
};

/** The extension field listing the SHA-256 of documents attached to an event (hashed, so anchored). */
export const DOCUMENTS_FIELD = "tm:documents";

/**
 * The extension field that sets an event's visibility at capture (`public`, `partners`, `private`).
 * It is an instruction to Tracemark, not part of what happened: it is taken out of the stored
 * document before hashing, so changing the visibility later never changes the event's hash.
 */
export const VISIBILITY_FIELD = "tm:visibility";
export const visibilities: readonly EventVisibility[] = ["public", "partners", "private"];

export type PrepareEventParameters = {
  /** A validated EPCIS 2.0 event (`parseEpcisEvent`). */
  event: EpcisEvent;
  /** The enclosing document's `@context` (for extension prefixes). */
  context?: JsonLdContext | undefined;
  /**
   * For an error declaration of a stored event: that event's hash, which it may carry from an
   * earlier rule version (`hashVersion`); else the hash of the declared event is computed.
   */
  declares?: string | undefined;
};

const lists: [keyof EpcisEvent | string, IdentifierRole, "epc" | "quantity"][] = [
  ["epcList", "epc", "epc"],
  ["parentID", "parent", "epc"],
  ["childEPCs", "child", "epc"],
  ["inputEPCList", "input", "epc"],
  ["outputEPCList", "output", "epc"],
  ["quantityList", "quantity", "quantity"],
  ["childQuantityList", "childQuantity", "quantity"],
  ["inputQuantityList", "inputQuantity", "quantity"],
  ["outputQuantityList", "outputQuantity", "quantity"],
];

/**
 * Turns a validated EPCIS event into the row Tracemark stores: computes its event hash and its
 * version-2 Merkle leaf with salts from a fresh seed (`commitEvent`, so its public record can withhold fields), gives it `eventID` = hash when it has none, makes its document carry the
 * namespaces it uses (so it hashes the same on its own, as verifiers read it), and lists its
 * identifiers and the documents it attaches (`tm:documents`). An event with an `errorDeclaration` also names the hash of the event it declares
 * erroneous in `tm:declares`: the standard hash leaves `errorDeclaration` out, so without that field
 * the declaration would have the same hash (and leaf) as the event it corrects.
 *
 * @example
 * const prepared = prepareEvent({ event: parseEpcisEvent(input), context: document["@context"] });
 */
export function prepareEvent({ event, context, declares }: PrepareEventParameters): PreparedEvent {
  const { [VISIBILITY_FIELD]: visibility, ...captured } = event as Record<string, unknown>;
  if (visibility !== undefined && !visibilities.includes(visibility as EventVisibility)) {
    throw new InvalidEpcisError({
      what: "event",
      issues: [{ path: VISIBILITY_FIELD, message: `must be one of ${visibilities.join(", ")}` }],
    });
  }
  let document: Record<string, unknown> = withContext(captured, context);
  let correctsEventHash: string | null = null;
  if (event.errorDeclaration) {
    const { "tm:declares": _marker, ...declared } = document;
    correctsEventHash = declares ?? computeEventHash({ event: declared, sha256Text: sha256TextNative });
    document = withTracemarkNamespace({ ...declared, "tm:declares": correctsEventHash });
    if (event.eventID === undefined) document.eventID = correctsEventHash;
  }
  const eventHash = computeEventHash({ event: document, sha256Text: sha256TextNative });
  if (document.eventID === undefined) document = { ...document, eventID: eventHash };

  const identifiers: PreparedEvent["identifiers"] = [];
  const seen = new Set<string>();
  const record = event as Record<string, unknown>;
  for (const [field, role, kind] of lists) {
    const raw = record[field];
    if (raw === undefined) continue;
    const values =
      kind === "epc"
        ? (Array.isArray(raw) ? raw : [raw]).map(String)
        : (raw as { epcClass: string }[]).map((q) => q.epcClass);
    for (const value of values) {
      const canonical = canonicalIdentifier(value);
      const key = `${role} ${canonical}`;
      if (seen.has(key)) continue;
      seen.add(key);
      identifiers.push({ role, value: canonical });
    }
  }
  const { leaf, saltSeed } = commitEvent({
    event: document,
    eventHash,
    sha256Text: sha256TextNative,
    keccak256: keccak256Wasm,
    hmacSha256: hmacSha256Native,
  });
  return {
    id: crypto.randomUUID(),
    eventHash,
    leaf,
    leafVersion: currentLeafVersion,
    saltSeed: saltSeed as Hex,
    hashVersion: currentEventHashRuleVersion,
    type: event.type,
    action: typeof record.action === "string" ? record.action : null,
    bizStep: event.bizStep ?? null,
    disposition: event.disposition ?? null,
    eventTime: new Date(event.eventTime),
    eventTimeZoneOffset: event.eventTimeZoneOffset,
    readPoint: event.readPoint?.id ?? null,
    bizLocation: event.bizLocation?.id ?? null,
    document,
    correctsEventHash,
    identifiers,
    sourceUris: (event.sourceList ?? []).map((s) => s.source),
    destinationUris: (event.destinationList ?? []).map((d) => d.destination),
    documentHashes: documentHashesOf(record[DOCUMENTS_FIELD]),
    visibility: visibility as EventVisibility | undefined,
  };
}

/** The values of `tm:documents` (a string or a list; checked against the organisation's documents when stored). */
function documentHashesOf(value: unknown): string[] {
  if (value === undefined) return [];
  return [...new Set((Array.isArray(value) ? value : [value]).map(String))];
}

/** The event with the document's namespace declarations merged into its own `@context`, when it has any. */
function withContext(event: Record<string, unknown>, context: JsonLdContext | undefined) {
  const own = toList(event["@context"] as JsonLdContext | undefined);
  const outer = toList(context).filter((entry) => typeof entry !== "string");
  if (outer.length === 0) return { ...event };
  return { ...event, "@context": [...outer, ...own] };
}

function withTracemarkNamespace(event: Record<string, unknown>) {
  const own = toList(event["@context"] as JsonLdContext | undefined);
  return { ...event, "@context": [...own, { tm: TRACEMARK_NAMESPACE }] };
}

function toList(context: JsonLdContext | undefined): (string | Record<string, unknown>)[] {
  if (context === undefined) return [];
  return Array.isArray(context) ? [...context] : [context as string | Record<string, unknown>];
}
