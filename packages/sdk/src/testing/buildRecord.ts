import type { DevWallet } from "@tracemark/testkit";
import type { Hex } from "viem";
import { anchorBatch } from "../actions/anchorBatch.ts";
import { anchorEvent } from "../actions/anchorEvent.ts";
import { getAnchor } from "../actions/getAnchor.ts";
import { getEventAnchor } from "../actions/getEventAnchor.ts";
import { commitEvent } from "../disclosure/commitEvent.ts";
import { discloseEvent } from "../disclosure/discloseEvent.ts";
import type { WithholdableFieldGroup } from "../disclosure/types.ts";
import { computeEventHash } from "../hash/computeEventHash.ts";
import { eventHashToLeaf } from "../hash/eventHashToLeaf.ts";
import { currentEventHashRuleVersion, type EventHashRuleVersion } from "../hash/types.ts";
import { createMerkleBatch } from "../merkle/createMerkleBatch.ts";
import type { PublicRecord } from "../verify/publicRecord.ts";
import type { LocalChain } from "./localChain.ts";

export const gtin = "09520123456788";
export const context = [
  "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
  { tm: "https://tracemark.dev/ns/" },
];
const steps = ["commissioning", "packing", "shipping", "receiving", "storing"];

/** `count` distinct EPCIS ObjectEvents about one lot of the product, one minute apart. */
export function lotEvents(count: number, lot: string, tag = "a"): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    type: "ObjectEvent",
    eventTime: new Date(Date.UTC(2026, 2, 4, 8, i)).toISOString(),
    eventTimeZoneOffset: "+01:00",
    quantityList: [{ epcClass: `https://id.gs1.org/01/${gtin}/10/${lot}`, quantity: 100 + i, uom: "KGM" }],
    action: i === 0 ? "ADD" : "OBSERVE",
    bizStep: steps[i % steps.length],
    readPoint: { id: "https://id.gs1.org/414/4012345000115" },
    "tm:batchTag": `${tag}-${i}`,
  }));
}

/**
 * Anchors events as the submitter would (all in one batch, except those in `single`, anchored one
 * by one) from `writer` for `orgId`, and returns the public record the API would serve. Events are
 * hashed under `hashVersion` (default the current rules), as the API records it.
 */
export async function anchorRecord(
  chain: LocalChain,
  options: {
    writer: DevWallet;
    orgId: Hex;
    events: Record<string, unknown>[];
    lot: string;
    single?: number[];
    hashVersion?: EventHashRuleVersion;
    /** Anchor version-2 leaves (`commitEvent`) and withhold these field groups of every event. */
    withhold?: WithholdableFieldGroup[];
  },
): Promise<PublicRecord> {
  const { writer, orgId, events, lot, single = [], hashVersion = currentEventHashRuleVersion } = options;
  const { deployment } = chain;
  const hashes = events.map((event) => computeEventHash({ event, context, hashVersion }));
  const batchIndexes = events.map((_, i) => i).filter((i) => !single.includes(i));
  const { withhold } = options;
  const shown = hashes.map((eventHash, i) => {
    const event = events[i] as Record<string, unknown>;
    if (!withhold) return { item: { eventHash, hashVersion, event }, leaf: eventHashToLeaf(eventHash) };
    const { salts } = commitEvent({ event, eventHash });
    const view = discloseEvent({ event, eventHash, salts, withhold });
    const item = {
      ...(view.eventHash ? { eventHash: view.eventHash } : {}),
      hashVersion,
      leafVersion: 2 as const,
      leaf: view.leaf,
      disclosure: view.disclosure,
      event: view.event,
    };
    return { item, leaf: view.leaf };
  });
  const leaves = shown.map((s) => s.leaf);
  const recordEvents: PublicRecord["events"] = shown.map(({ item }) => ({ ...item, anchor: null }));
  if (batchIndexes.length > 0) {
    const batch = createMerkleBatch({
      leaves: batchIndexes.map((i) => leaves[i] as Hex),
    });
    await chain.wait(
      await anchorBatch(writer, {
        orgId,
        root: batch.root,
        eventCount: batchIndexes.length,
        manifestHash: batch.root,
        deployment,
      }),
    );
    const anchor = await getAnchor(chain.publicClient, { orgId, root: batch.root, deployment });
    if (!anchor) throw new Error("batch not anchored");
    batchIndexes.forEach((i, k) => {
      (recordEvents[i] as PublicRecord["events"][number]).anchor = {
        type: "batch",
        root: batch.root,
        proof: batch.proofs[k]?.proof ?? [],
        blockNumber: anchor.blockNumber,
        anchoredAt: new Date(anchor.anchoredAt * 1000).toISOString(),
      };
    });
  }
  for (const i of single) {
    const eventHash = leaves[i] as Hex;
    await chain.wait(await anchorEvent(writer, { orgId, eventHash, deployment }));
    const anchor = await getEventAnchor(chain.publicClient, { orgId, eventHash, deployment });
    if (!anchor) throw new Error("event not anchored");
    (recordEvents[i] as PublicRecord["events"][number]).anchor = {
      type: "event",
      blockNumber: anchor.blockNumber,
      anchoredAt: new Date(anchor.anchoredAt * 1000).toISOString(),
      transactionHash: anchor.transactionHash,
    };
  }
  return {
    chainId: 31337,
    organisation: { id: orgId, name: "Alpine Dairy" },
    product: { gtin, lot, serial: null, name: "Alpine cheese" },
    context,
    events: recordEvents,
    omittedEvents: { owner: 0, partners: 0 },
    attestations: [],
    recall: { recalled: false, declaredAt: null },
  };
}
