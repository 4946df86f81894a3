import {
  type Address,
  type Client,
  createPublicClient,
  getAbiItem,
  type Hex,
  http,
  isAddressEqual,
} from "viem";
import { getBlock, getChainId, getLogs, readContract } from "viem/actions";
import { type GetAttestationReturnType, getAttestation } from "../actions/getAttestation.ts";
import { getEasDomain } from "../actions/getEasDomain.ts";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import type { EventDisclosure } from "../disclosure/types.ts";
import { verifyDisclosedEvent } from "../disclosure/verifyDisclosedEvent.ts";
import { buildAttestationTypedData } from "../eip712/buildAttestationTypedData.ts";
import { computeEvidenceHash } from "../eip712/computeEvidenceHash.ts";
import { encodeAuditData } from "../eip712/encodeAuditData.ts";
import type { AuditData } from "../eip712/types.ts";
import { verifyAttestationSignature } from "../eip712/verifyAttestationSignature.ts";
import { ChainReadError, DeploymentChainMismatchError, InvalidPublicRecordError } from "../errors/chain.ts";
import { easAbi, tracemarkAuditResolverAbi, tracemarkRegistryAbi } from "../generated/abis.ts";
import { computeEventHash } from "../hash/computeEventHash.ts";
import { eventHashToLeaf } from "../hash/eventHashToLeaf.ts";
import type { JsonLdContext } from "../hash/types.ts";
import { verifyMerkleProof } from "../merkle/verifyMerkleProof.ts";
import { computeLotKey } from "../recall/computeLotKey.ts";
import {
  type PublicRecord,
  type PublicRecordAttestation,
  type PublicRecordProofs,
  publicRecordProofsSchema,
  publicRecordSchema,
} from "./publicRecord.ts";
import { leafOfPublicRecordEvent } from "./separatePublicRecordProofs.ts";

export type VerifyRecordParameters = {
  /** The product record as the API served it. Nothing in it is trusted. */
  record: PublicRecord | unknown;
  /**
   * The record's proofs when it was served without them (`GET /public/01/…/proofs`,
   * `PublicRecordProofs`): Merkle proofs and disclosures by anchored leaf. Nothing in them is
   * trusted; without them, an event anchored in a batch that the record gives no proof for fails.
   */
  proofs?: PublicRecordProofs | unknown;
  /** A viem client for the record's chain… */
  client?: Client | undefined;
  /** …or a JSON-RPC URL (requests are batched). */
  rpcUrl?: string | undefined;
  /** The contracts to check against (the API's `GET /deployment`, validated by `parseDeployment`). */
  deployment: Deployment;
};

/** `verified`: checked against the chain; `failed`: a check failed; `pending`: not on chain yet. */
export type VerdictStatus = "verified" | "failed" | "pending";
/** The outcome for one item, with reasons a person can read. */
export type Verdict = { status: VerdictStatus; reasons: string[] };

export type VerifyRecordReturnType = {
  /** No item failed. */
  ok: boolean;
  /**
   * Everything the lot has was verified: no item failed, none is pending, and the record leaves
   * out none of the lot's events (`omittedEvents` is 0).
   */
  complete: boolean;
  /**
   * How many of the lot's events the record says it leaves out (`record.omittedEvents`, owner's and
   * partners'): none of them was checked. The count is the server's word: the chain cannot tell.
   */
  omittedEvents: number;
  /**
   * Per event: `eventHash` its id (the event hash, or its anchored leaf when fields are withheld),
   * `withheld` the field groups the record does not show (`disclosableFieldGroups`).
   */
  events: (Verdict & { index: number; eventHash: string; withheld: string[] })[];
  /**
   * Each step whose details are not public (`record.hiddenSteps[index]`): `verified` when its leaf
   * is anchored on chain by the organisation named, in the block and at the time claimed.
   */
  hiddenSteps: (Verdict & { index: number; leaf: string; organisation: { id: string; name: string } })[];
  attestations: (Verdict & { index: number; uid: string | null })[];
  /**
   * The recall state on chain (`recalled`), and whether the record told it truly; `inherited`: each
   * recall of an upstream lot the record names (an input it was made from), read on chain from its
   * recalling organisation — `verified` when the chain confirms it, `pending` when not on chain yet.
   */
  recall: Verdict & { recalled: boolean | null; inherited: InheritedRecallVerdict[] };
  /** The chain head the checks were made at. */
  checkedAt: { blockNumber: number; timestamp: number };
};

/** The chain's word on one recall the record says the lot inherits. */
export type InheritedRecallVerdict = Verdict & {
  index: number;
  gtin: string;
  lot: string;
  organisation: { id: string; name: string };
  recalled: boolean | null;
};

const eventAnchored = getAbiItem({ abi: tracemarkRegistryAbi, name: "EventAnchored" });

/**
 * Checks a product's public record against the chain with nothing else trusted: each event's
 * EPCIS hash equals its claimed id and leaf (version-2 leaves: the shown fields' salted commitments,
 * the withheld ones' digests and the event hash commitment recompute the leaf, `verifyDisclosedEvent`);
 * each step whose details are not public has its leaf anchored by its organisation; each Merkle
 * proof leads to a root anchored on chain by
 * the record's organisation, in the block and at the time claimed (single-event anchors by their
 * first `EventAnchored` log); each attestation exists on EAS under Tracemark's audit schema (whose
 * resolver admits only accredited auditors), by the claimed auditor, about this record, with the
 * claimed content, not revoked and not expired — or, not yet relayed, is validly signed by an
 * auditor accredited now; and the lot's recall state is what the record says. Events the record
 * leaves out (`omittedEvents`, beyond its cap) are not checked: such a record is never `complete`. A record served
 * without its proofs (the API's `GET /public/01/…`) is verified with them (`proofs`, from
 * `GET /public/01/…/proofs`): an anchor whose Merkle proof is given by neither fails. Returns a verdict per
 * item with readable reasons. Throws `InvalidPublicRecordError` for a malformed record or a client
 * on another chain, and `ChainReadError` (retryable) when the node cannot be read.
 *
 * @example
 * const [record, proofs] = await Promise.all([url, `${url}/proofs`].map(async (u) => (await fetch(u)).json()));
 * const result = await verifyRecord({ rpcUrl: "https://rpc.example", record, proofs, deployment: parseDeployment(await (await fetch(`${api}/deployment`)).json()) })
 * if (!result.ok) console.log(result.events.filter((e) => e.status === "failed"))
 */
export async function verifyRecord(parameters: VerifyRecordParameters): Promise<VerifyRecordReturnType> {
  const parsed = publicRecordSchema.safeParse(parameters.record);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
      .join("\n");
    throw new InvalidPublicRecordError({ reason: "it does not have the PublicRecord shape", details });
  }
  const record = parameters.proofs === undefined ? parsed.data : withProofs(parsed.data, parameters.proofs);
  const client =
    parameters.client ??
    (parameters.rpcUrl
      ? createPublicClient({ transport: http(parameters.rpcUrl, { batch: true }) })
      : undefined);
  if (!client) throw new InvalidPublicRecordError({ reason: "give a client or an rpcUrl to verify against" });
  const { deployment } = parameters;
  const read = chainReader();

  const chainId = await read("the chain id", () => getChainId(client));
  if (chainId !== record.chainId) {
    throw new InvalidPublicRecordError({
      reason: `the record is for chain ${record.chainId}, the client is on chain ${chainId}`,
    });
  }
  if (deployment.chainId !== chainId) {
    throw new DeploymentChainMismatchError({ deploymentChainId: deployment.chainId, chainId });
  }
  const head = await read("the latest block", () => getBlock(client, { blockTag: "latest" }));
  const now = Number(head.timestamp);
  // Expiry is judged at the later of the chain's head and the verifier's own clock: a chain that
  // makes blocks only on transactions (a quiet node) keeps an old head, and an attestation past its
  // expiry by either clock no longer holds.
  const expiryNow = Math.max(now, Math.floor(Date.now() / 1000));
  const orgId = record.organisation.id.toLowerCase() as Hex;
  const registry = deployment.contracts.TracemarkRegistry.address;

  // 1. Events: recompute hashes and check proofs locally.
  const events = record.events.map((item, index) => {
    const reasons: string[] = [];
    let leaf: Hex | undefined;
    let withheld: string[] = [];
    if ((item.leafVersion ?? 1) === 2) {
      const disclosed = item.disclosure
        ? verifyDisclosedEvent({
            event: item.event,
            disclosure: item.disclosure as EventDisclosure,
            eventHash: item.eventHash,
            context: record.context as JsonLdContext | undefined,
            hashVersion: item.hashVersion ?? 1,
          })
        : { ok: false as const, reasons: ["A version-2 event comes without its disclosure."], withheld: [] };
      withheld = disclosed.withheld;
      if (!disclosed.ok) reasons.push(...disclosed.reasons);
      else if (item.leaf && item.leaf.toLowerCase() !== disclosed.leaf) {
        reasons.push(`The event's fields commit to leaf ${disclosed.leaf}, not ${item.leaf}.`);
      } else leaf = disclosed.leaf;
    } else {
      try {
        const computed = computeEventHash({
          event: item.event,
          context: record.context as JsonLdContext | undefined,
          hashVersion: item.hashVersion ?? 1,
        });
        if (computed !== item.eventHash) {
          reasons.push(
            `The event's content does not match its id: it hashes to ${computed}, not ${item.eventHash}.`,
          );
        } else {
          leaf = eventHashToLeaf(computed);
        }
      } catch (error) {
        reasons.push(`The event cannot be hashed: ${(error as Error).message.split("\n")[0]}`);
      }
    }
    if (leaf && item.anchor?.type === "batch") {
      if (!item.anchor.proof) reasons.push(NO_PROOF);
      else if (
        !verifyMerkleProof({ root: item.anchor.root as Hex, leaf, proof: item.anchor.proof as Hex[] })
      ) {
        reasons.push(`The Merkle proof does not lead from this event to root ${item.anchor.root}.`);
      }
    }
    const anchoredBy = item.organisation ?? record.organisation;
    const by = { id: anchoredBy.id.toLowerCase() as Hex, name: anchoredBy.name };
    const id = item.eventHash ?? item.leaf ?? leaf ?? "";
    return { index, eventHash: id, leaf, withheld, anchor: item.anchor, by, reasons };
  });

  // Hidden steps: no event to hash, only the leaf the record claims was anchored, checked the same way.
  const hidden = (record.hiddenSteps ?? []).map((step, index) => {
    const leaf = step.leaf.toLowerCase() as Hex;
    const reasons: string[] = [];
    if (step.anchor?.type === "batch") {
      if (!step.anchor.proof) reasons.push(NO_PROOF);
      else if (
        !verifyMerkleProof({ root: step.anchor.root as Hex, leaf, proof: step.anchor.proof as Hex[] })
      ) {
        reasons.push(`The Merkle proof does not lead from this step's leaf to root ${step.anchor.root}.`);
      }
    }
    const by = { id: step.organisation.id.toLowerCase() as Hex, name: step.organisation.name };
    return { index, eventHash: "", leaf: leaf as Hex | undefined, anchor: step.anchor, by, reasons };
  });
  const anchored = [...events, ...hidden];

  // 2. Chain reads, in parallel (one HTTP batch with an rpcUrl).
  // Anchors are the organisation's own: the chain is asked about each (organisation, root) the record names.
  const batchAnchorKey = (orgId: Hex, root: string) => `${orgId}:${root.toLowerCase()}`;
  const batchAnchors = [
    ...new Map(
      anchored.flatMap((e) =>
        e.anchor?.type === "batch"
          ? [
              [
                batchAnchorKey(e.by.id, e.anchor.root),
                { orgId: e.by.id, root: e.anchor.root as Hex },
              ] as const,
            ]
          : [],
      ),
    ).values(),
  ];
  const singleLeaves = [
    ...new Set(anchored.flatMap((e) => (e.anchor?.type === "event" && e.leaf ? [e.leaf] : []))),
  ];
  const lotKey = record.product.lot ? safeLotKey(record.product.gtin, record.product.lot) : undefined;
  const inheritedClaims = (record.recall.inherited ?? []).map((claim) => ({
    claim,
    lotKey: safeLotKey(claim.gtin, claim.lot),
  }));
  const [anchors, singleLogs, recallState, attestationChecks, inheritedStates] = await Promise.all([
    Promise.all(
      batchAnchors.map(({ orgId: anchorOrg, root }) =>
        read(`the anchor of root ${root} by ${anchorOrg}`, () =>
          readContract(client, {
            address: registry,
            abi: tracemarkRegistryAbi,
            functionName: "anchorOf",
            args: [anchorOrg, root],
          }),
        ),
      ),
    ),
    singleLeaves.length === 0
      ? Promise.resolve([])
      : read("single-event anchor logs", () =>
          getLogs(client, {
            address: registry,
            event: eventAnchored,
            args: { eventHash: singleLeaves },
            fromBlock: BigInt(deployment.startBlock),
            toBlock: head.number ?? "latest",
          }),
        ),
    lotKey
      ? read("the recall state", () =>
          readContract(client, {
            address: registry,
            abi: tracemarkRegistryAbi,
            functionName: "recallOf",
            args: [orgId, lotKey],
          }),
        )
      : Promise.resolve(undefined),
    checkAttestations(client, record, deployment, events, lotKey, expiryNow, read),
    Promise.all(
      inheritedClaims.map(({ claim, lotKey: key }) =>
        key && key === claim.lotKey.toLowerCase()
          ? read(`the recall state of ${claim.gtin}/${claim.lot}`, () =>
              readContract(client, {
                address: registry,
                abi: tracemarkRegistryAbi,
                functionName: "recallOf",
                args: [claim.organisation.id.toLowerCase() as Hex, key],
              }),
            )
          : Promise.resolve(undefined),
      ),
    ),
  ]);
  const anchorByKey = new Map(
    batchAnchors.map(({ orgId: anchorOrg, root }, i) => [batchAnchorKey(anchorOrg, root), anchors[i]]),
  );

  // First EventAnchored log per event and organisation; the block gives the time.
  const firstLog = new Map<string, { blockNumber: bigint; orgId: Hex; transactionHash: Hex }>();
  const anchoringOrgs = new Map<string, Hex>();
  for (const log of [...singleLogs].sort(
    (a, b) => Number(a.blockNumber - b.blockNumber) || a.logIndex - b.logIndex,
  )) {
    const leafKey = (log.args.eventHash as Hex).toLowerCase();
    const logOrg = (log.args.orgId as Hex).toLowerCase() as Hex;
    const key = `${leafKey}:${logOrg}`;
    if (!firstLog.has(key)) {
      firstLog.set(key, {
        blockNumber: log.blockNumber,
        orgId: logOrg,
        transactionHash: log.transactionHash,
      });
    }
    if (!anchoringOrgs.has(leafKey)) anchoringOrgs.set(leafKey, logOrg);
  }
  const blockNumbers = [...new Set([...firstLog.values()].map((l) => l.blockNumber))];
  const blocks = await Promise.all(
    blockNumbers.map((blockNumber) => read(`block ${blockNumber}`, () => getBlock(client, { blockNumber }))),
  );
  const blockTime = new Map(blockNumbers.map((n, i) => [n, Number(blocks[i]?.timestamp)]));

  const anchorVerdict = (e: (typeof anchored)[number]) => {
    const reasons = [...e.reasons];
    let status: VerdictStatus = reasons.length > 0 ? "failed" : "verified";
    if (!e.anchor) {
      if (status === "verified") status = "pending";
      reasons.push("Not anchored on chain yet.");
    } else if (e.anchor.type === "batch" && status === "verified") {
      const anchor = anchorByKey.get(batchAnchorKey(e.by.id, e.anchor.root));
      if (!anchor || Number(anchor.blockNumber) === 0) {
        status = "failed";
        reasons.push(`Root ${e.anchor.root} is not anchored on chain by ${e.by.name} (${e.by.id}).`);
      } else {
        status = checkAnchor(reasons, {
          by: e.by,
          anchorOrg: anchor.orgId.toLowerCase() as Hex,
          blockNumber: Number(anchor.blockNumber),
          timestamp: Number(anchor.anchoredAt),
          claimed: e.anchor,
          what: `in a batch with root ${e.anchor.root}`,
        });
      }
    } else if (e.anchor.type === "event" && status === "verified" && e.leaf) {
      const log = firstLog.get(`${e.leaf}:${e.by.id}`);
      const other = anchoringOrgs.get(e.leaf);
      if (!log) {
        status = "failed";
        reasons.push(
          other
            ? `This event was anchored by another organisation (${other}), not by ${e.by.name}.`
            : "This event is not anchored on chain.",
        );
      } else if (e.anchor.transactionHash && e.anchor.transactionHash.toLowerCase() !== log.transactionHash) {
        status = "failed";
        reasons.push(
          `This event was first anchored in transaction ${log.transactionHash}, not ${e.anchor.transactionHash}.`,
        );
      } else {
        status = checkAnchor(reasons, {
          by: e.by,
          anchorOrg: log.orgId,
          blockNumber: Number(log.blockNumber),
          timestamp: blockTime.get(log.blockNumber) ?? 0,
          claimed: e.anchor,
          what: "on its own",
        });
      }
    }
    return { status, reasons };
  };
  const eventVerdicts = events.map((e) => {
    const { status, reasons } = anchorVerdict(e);
    if (e.withheld.length > 0 && status !== "failed") {
      reasons.push(
        `${e.withheld.length} field group(s) withheld (${e.withheld.join(", ")}); what is shown is proven.`,
      );
    }
    return { index: e.index, eventHash: e.eventHash, withheld: e.withheld, status, reasons };
  });
  const hiddenVerdicts = hidden.map((h) => ({
    index: h.index,
    leaf: h.leaf ?? "",
    organisation: { id: h.by.id, name: h.by.name },
    ...anchorVerdict(h),
  }));

  const inherited = inheritedClaims.map(({ claim }, index) =>
    inheritedRecallVerdict(index, claim, inheritedStates[index]),
  );
  const recall = { ...recallVerdict(record, recallState, lotKey), inherited };
  const all = [...eventVerdicts, ...hiddenVerdicts, ...attestationChecks, recall, ...inherited];
  const omittedEvents = record.omittedEvents.owner + record.omittedEvents.partners;
  return {
    ok: all.every((v) => v.status !== "failed"),
    complete: omittedEvents === 0 && all.every((v) => v.status === "verified"),
    omittedEvents,
    events: eventVerdicts,
    hiddenSteps: hiddenVerdicts,
    attestations: attestationChecks,
    recall,
    checkedAt: { blockNumber: Number(head.number), timestamp: now },
  };
}

const NO_PROOF =
  "No Merkle proof comes with this step, so nothing proves its anchor: verify the record with its proofs (GET …/proofs).";

/**
 * The record with its proofs put back (`separatePublicRecordProofs` in reverse): each event's and
 * hidden step's Merkle proof and disclosure, by its anchored leaf, where the record has none.
 */
function withProofs(record: PublicRecord, given: unknown): PublicRecord {
  const parsed = publicRecordProofsSchema.safeParse(given);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
      .join("\n");
    throw new InvalidPublicRecordError({
      reason: "its proofs do not have the PublicRecordProofs shape",
      details,
    });
  }
  const leaves = new Map(
    Object.entries(parsed.data.leaves).map(([leaf, entry]) => [leaf.toLowerCase(), entry]),
  );
  const anchorWith = <anchor extends PublicRecord["events"][number]["anchor"]>(
    leaf: string | undefined,
    anchor: anchor,
  ) => {
    const proof = leaf ? leaves.get(leaf)?.proof : undefined;
    return anchor?.type === "batch" && anchor.proof === undefined && proof ? { ...anchor, proof } : anchor;
  };
  return {
    ...record,
    events: record.events.map((item) => {
      const leaf = leafOfPublicRecordEvent(item);
      const disclosure = item.disclosure ?? (leaf ? leaves.get(leaf)?.disclosure : undefined);
      return { ...item, ...(disclosure ? { disclosure } : {}), anchor: anchorWith(leaf, item.anchor) };
    }),
    ...(record.hiddenSteps
      ? {
          hiddenSteps: record.hiddenSteps.map((step) => ({
            ...step,
            anchor: anchorWith(step.leaf.toLowerCase(), step.anchor),
          })),
        }
      : {}),
  };
}

function chainReader() {
  return async <T>(what: string, call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (cause) {
      throw new ChainReadError({ what, cause });
    }
  };
}
type Read = ReturnType<typeof chainReader>;

function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(".000Z", "Z");
}

function safeLotKey(gtin: string, lot: string): Hex | undefined {
  try {
    return computeLotKey({ gtin, lot });
  } catch {
    return undefined;
  }
}

function checkAnchor(
  reasons: string[],
  facts: {
    /** Who the record says anchored it. */
    by: { id: Hex; name: string };
    anchorOrg: Hex;
    blockNumber: number;
    timestamp: number;
    claimed: { blockNumber: number; anchoredAt: string };
    what: string;
  },
): VerdictStatus {
  if (facts.anchorOrg !== facts.by.id) {
    reasons.push(
      `Anchored ${facts.what} by another organisation (${facts.anchorOrg}), not by ${facts.by.name} (${facts.by.id}).`,
    );
    return "failed";
  }
  const claimedTime = Math.floor(Date.parse(facts.claimed.anchoredAt) / 1000);
  if (facts.blockNumber !== facts.claimed.blockNumber || facts.timestamp !== claimedTime) {
    reasons.push(
      `Anchored ${facts.what} at ${iso(facts.timestamp)} (block ${facts.blockNumber}), not at ${facts.claimed.anchoredAt} (block ${facts.claimed.blockNumber}) as the record claims.`,
    );
    return "failed";
  }
  reasons.push(
    `Anchored ${facts.what} by ${facts.by.name} at ${iso(facts.timestamp)} (block ${facts.blockNumber}).`,
  );
  return "verified";
}

function recallVerdict(
  record: PublicRecord,
  state: { recalled: boolean; declaredAt: number } | undefined,
  lotKey: Hex | undefined,
): Verdict & { recalled: boolean | null } {
  if (!record.product.lot) {
    return {
      status: "verified",
      recalled: null,
      reasons: ["The record names no lot, so there is no recall state."],
    };
  }
  if (!lotKey || !state) {
    return {
      status: "failed",
      recalled: null,
      reasons: ["The product's GTIN or lot is not valid, so its recall state cannot be read."],
    };
  }
  const since = state.declaredAt ? ` since ${iso(Number(state.declaredAt))}` : "";
  if (state.recalled !== record.recall.recalled) {
    return {
      status: "failed",
      recalled: state.recalled,
      reasons: [
        state.recalled
          ? `The lot is recalled on chain${since}, but the record says it is not.`
          : "The record says the lot is recalled, but it is not recalled on chain.",
      ],
    };
  }
  return {
    status: "verified",
    recalled: state.recalled,
    reasons: [state.recalled ? `The lot is recalled${since}.` : "The lot is not recalled."],
  };
}

function inheritedRecallVerdict(
  index: number,
  claim: NonNullable<PublicRecord["recall"]["inherited"]>[number],
  state: { recalled: boolean; declaredAt: number } | undefined,
): InheritedRecallVerdict {
  const about = { index, gtin: claim.gtin, lot: claim.lot, organisation: claim.organisation };
  if (!state) {
    return {
      ...about,
      status: "failed",
      recalled: null,
      reasons: [
        `The recalled input's GTIN or lot is not valid, or its lot key is not theirs (${claim.lotKey}).`,
      ],
    };
  }
  if (!state.recalled) {
    return {
      ...about,
      status: "pending",
      recalled: false,
      reasons: [
        `The record says input ${claim.gtin}/${claim.lot} is recalled by ${claim.organisation.name}, but that recall is not on chain (yet).`,
      ],
    };
  }
  return {
    ...about,
    status: "verified",
    recalled: true,
    reasons: [
      `Input ${claim.gtin}/${claim.lot} is recalled on chain by ${claim.organisation.name} since ${iso(Number(state.declaredAt))}.`,
    ],
  };
}

async function checkAttestations(
  client: Client,
  record: PublicRecord,
  deployment: Deployment,
  events: { leaf: Hex | undefined; anchor: PublicRecord["events"][number]["anchor"] }[],
  lotKey: Hex | undefined,
  now: number,
  read: Read,
): Promise<(Verdict & { index: number; uid: string | null })[]> {
  if (record.attestations.length === 0) return [];
  const leaves = new Set(events.flatMap((e) => (e.leaf ? [e.leaf] : [])));
  const roots = new Set(
    events.flatMap((e) => (e.anchor?.type === "batch" ? [e.anchor.root.toLowerCase()] : [])),
  );
  const resolver = deployment.contracts.TracemarkAuditResolver.address;
  const needsDomain = record.attestations.some((a) => a.uid === null && a.delegation);
  const domain = needsDomain
    ? await read("the EAS domain", () => getEasDomain(client, { deployment }))
    : undefined;

  return Promise.all(
    record.attestations.map(async (claimed, index) => {
      const reasons: string[] = [];
      const audit: AuditData = {
        orgId: record.organisation.id as Hex,
        subjectKind: claimed.subjectKind,
        subject: claimed.subject as Hex,
        claim: claimed.claim,
        evidenceHash: claimed.evidenceHash as Hex,
      };
      const subject = claimed.subject.toLowerCase();
      const about =
        claimed.subjectKind === "lot"
          ? subject === lotKey
          : claimed.subjectKind === "event"
            ? leaves.has(subject as Hex)
            : roots.has(subject);
      if (!about) reasons.push(`It is about a ${claimed.subjectKind} that is not part of this record.`);
      const evidence = evidenceProblem(claimed);
      if (evidence) reasons.push(evidence);
      const verdict = (status: VerdictStatus) => ({ index, uid: claimed.uid, status, reasons });

      if (claimed.uid !== null) {
        const onChain = await read(`attestation ${claimed.uid}`, () =>
          getAttestation(client, { uid: claimed.uid as Hex, deployment }),
        );
        const problems = compareAttestation(claimed, onChain, audit, deployment, now);
        reasons.push(...problems);
        if (problems.length > 0 || !about || evidence || !onChain) return verdict("failed");
        const accreditation = await read("the auditor's accreditation", () =>
          readContract(client, {
            address: resolver,
            abi: tracemarkAuditResolverAbi,
            functionName: "accreditationOf",
            args: [onChain.attester],
          }),
        );
        reasons.push(
          `Attested on chain at ${iso(onChain.time)} by ${onChain.attester}, accredited at that time.`,
        );
        if (!accreditation.accredited) {
          reasons.push(
            `The auditor's accreditation was withdrawn at ${iso(Number(accreditation.until))}; earlier attestations stay valid.`,
          );
        }
        if (onChain.expirationTime) reasons.push(`Valid until ${iso(onChain.expirationTime)}.`);
        return verdict("verified");
      }

      if (!claimed.delegation || !domain) {
        reasons.push("It is neither on chain nor signed.");
        return verdict("failed");
      }
      const expirationTime = claimed.expirationTime
        ? BigInt(Math.floor(Date.parse(claimed.expirationTime) / 1000))
        : 0n;
      const typedData = buildAttestationTypedData({
        domain,
        attester: claimed.attester as Address,
        schema: deployment.auditSchemaUid,
        data: encodeAuditData(audit),
        expirationTime,
        nonce: BigInt(claimed.delegation.nonce),
        deadline: BigInt(claimed.delegation.deadline),
      });
      const signer = claimed.attester as Address;
      const signed = await read("the signature", () =>
        verifyAttestationSignature(client, {
          typedData,
          signature: claimed.delegation?.signature as Hex,
          signer,
        }),
      );
      if (evidence) return verdict("failed");
      if (!signed) {
        reasons.push(`The signature is not ${claimed.attester}'s signature of this attestation.`);
        return verdict("failed");
      }
      const [accredited, nonce] = await Promise.all([
        read("the auditor's accreditation", () =>
          readContract(client, {
            address: resolver,
            abi: tracemarkAuditResolverAbi,
            functionName: "isAccredited",
            args: [signer],
          }),
        ),
        read("the auditor's EAS nonce", () =>
          readContract(client, {
            address: deployment.contracts.EAS.address,
            abi: easAbi,
            functionName: "getNonce",
            args: [signer],
          }),
        ),
      ]);
      if (!accredited) reasons.push(`The signer ${signer} is not an accredited auditor.`);
      if (BigInt(claimed.delegation.nonce) < nonce)
        reasons.push("The signature's nonce has been used or cancelled.");
      const deadline = Number(claimed.delegation.deadline);
      if (deadline !== 0 && deadline < now)
        reasons.push(`The signature expired at ${iso(deadline)} before it was put on chain.`);
      if (expirationTime !== 0n && Number(expirationTime) <= now)
        reasons.push(`It expired at ${claimed.expirationTime}.`);
      if (reasons.length > 0) return verdict("failed");
      reasons.push(`Signed by ${signer}, an accredited auditor; not on chain yet.`);
      return verdict("verified");
    }),
  );
}

/**
 * For a proof point: whether the documents the record shows as its evidence are the ones attested,
 * i.e. their `computeEvidenceHash` is the attestation's `evidenceHash` (then compared with the chain).
 */
function evidenceProblem(claimed: PublicRecordAttestation): string | undefined {
  if (!claimed.proofPoint) return undefined;
  const shown = computeEvidenceHash(claimed.proofPoint.evidence.map((e) => e.sha256 as Hex));
  if (shown === claimed.evidenceHash.toLowerCase()) return undefined;
  return "The evidence documents shown are not the ones the auditor attested: their hashes differ from the attested evidence hash.";
}

function compareAttestation(
  claimed: PublicRecordAttestation,
  onChain: GetAttestationReturnType,
  audit: AuditData,
  deployment: Deployment,
  now: number,
): string[] {
  if (!onChain) return [`There is no attestation ${claimed.uid} on chain.`];
  if (onChain.schema !== deployment.auditSchemaUid || !onChain.audit) {
    return ["It is not under Tracemark's audit schema, so nothing proves its auditor was accredited."];
  }
  const problems: string[] = [];
  if (!isAddressEqual(onChain.attester, claimed.attester as Address)) {
    problems.push(`It was made by ${onChain.attester}, not by ${claimed.attester}.`);
  }
  const differing = (Object.keys(audit) as (keyof AuditData)[]).filter(
    (key) => String(onChain.audit?.[key]).toLowerCase() !== String(audit[key]).toLowerCase(),
  );
  if (differing.length > 0)
    problems.push(`What is on chain differs from the record in: ${differing.join(", ")}.`);
  const claimedExpiry = claimed.expirationTime ? Math.floor(Date.parse(claimed.expirationTime) / 1000) : 0;
  if (claimedExpiry !== onChain.expirationTime) {
    problems.push(
      `It expires ${onChain.expirationTime ? `at ${iso(onChain.expirationTime)}` : "never"}, not as the record claims.`,
    );
  }
  if (onChain.revocationTime > 0) problems.push(`It was revoked at ${iso(onChain.revocationTime)}.`);
  if (onChain.expirationTime > 0 && onChain.expirationTime <= now)
    problems.push(`It expired at ${iso(onChain.expirationTime)}.`);
  return problems;
}
