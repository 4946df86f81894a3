import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { DevWallet } from "@tracemark/testkit";
import { type Address, type Hex, keccak256, sha256, toHex } from "viem";
import { attest } from "../actions/attest.ts";
import { attestByDelegation } from "../actions/attestByDelegation.ts";
import { declareRecall } from "../actions/declareRecall.ts";
import { getEasDomain } from "../actions/getEasDomain.ts";
import { getEasNonce } from "../actions/getEasNonce.ts";
import { revoke } from "../actions/revoke.ts";
import { waitForAttestationUid } from "../actions/waitForAttestationUid.ts";
import { buildAttestationTypedData } from "../eip712/buildAttestationTypedData.ts";
import { computeEvidenceHash } from "../eip712/computeEvidenceHash.ts";
import { encodeAuditData } from "../eip712/encodeAuditData.ts";
import type { AuditData } from "../eip712/types.ts";
import { DeploymentChainMismatchError, InvalidPublicRecordError } from "../errors/chain.ts";
import {
  erc1271WalletMockAbi,
  erc1271WalletMockBytecode,
  tracemarkAuditResolverAbi,
} from "../generated/abis.ts";
import { eventHashToLeaf } from "../hash/eventHashToLeaf.ts";
import { computeLotKey } from "../recall/computeLotKey.ts";
import { anchorRecord, gtin, lotEvents } from "../testing/buildRecord.ts";
import { type LocalChain, startLocalChain } from "../testing/localChain.ts";
import type { PublicRecord, PublicRecordAttestation } from "./publicRecord.ts";
import { separatePublicRecordProofs } from "./separatePublicRecordProofs.ts";
import { verifyRecord } from "./verifyRecord.ts";
import { verifyRecordQueryOptions } from "./verifyRecordQueryOptions.ts";

let chain: LocalChain;
let record: PublicRecord;
const lot = "L-2026-03";

before(async () => {
  chain = await startLocalChain();
  record = await anchorRecord(chain, {
    writer: chain.writerA,
    orgId: chain.orgA,
    events: lotEvents(6, lot),
    lot,
    single: [5],
  });
});
after(() => chain?.stop());

const verify = (r: unknown) =>
  verifyRecord({ record: r, rpcUrl: chain.anvil.rpcUrl, deployment: chain.deployment });
const copy = (): PublicRecord => structuredClone(record);
/** `writer` declares `lot` (of the test GTIN) recalled on chain for organisation `orgId`, for `reason`; mined. */
const recallOnChain = async (writer: DevWallet, orgId: Hex, lot: string, reason: string) =>
  chain.wait(
    await declareRecall(writer, {
      orgId,
      gtin,
      lot,
      reasonHash: keccak256(toHex(reason)),
      deployment: chain.deployment,
    }),
  );
const uidOf = (hash: Hex) => waitForAttestationUid(chain.publicClient, { hash });

function audit(subjectKind: AuditData["subjectKind"], subject: Hex, claim: string): AuditData {
  return {
    orgId: chain.orgA,
    subjectKind,
    subject,
    claim,
    evidenceHash: keccak256(toHex(`evidence of ${claim}`)),
  };
}

function claimed(
  a: AuditData,
  attester: DevWallet | Address,
  uid: Hex | null,
  extra: Partial<PublicRecordAttestation> = {},
) {
  return {
    uid,
    attester: addressOf(attester),
    subjectKind: a.subjectKind,
    subject: a.subject,
    claim: a.claim,
    evidenceHash: a.evidenceHash,
    expirationTime: null,
    ...extra,
  } satisfies PublicRecordAttestation;
}

const addressOf = (account: DevWallet | Address): Address =>
  typeof account === "string" ? account : account.account.address;

async function signDelegated(signer: DevWallet, attester: DevWallet | Address, a: AuditData) {
  const domain = await getEasDomain(chain.publicClient, { deployment: chain.deployment });
  const nonce = await getEasNonce(chain.publicClient, {
    account: addressOf(attester),
    deployment: chain.deployment,
  });
  const typedData = buildAttestationTypedData({
    domain,
    attester: addressOf(attester),
    schema: chain.deployment.auditSchemaUid,
    data: encodeAuditData(a),
    expirationTime: 0n,
    nonce,
    deadline: 0n,
  });
  return { typedData, signature: await signer.signTypedData(typedData), nonce };
}

describe("verifyRecord against real contracts on anvil", () => {
  it("verifies an honest record: batch and single anchors, attestations on chain and signed, no recall", async () => {
    const lotAudit = audit("lot", computeLotKey({ gtin, lot }), "EU organic (EC 2018/848) compliant");
    const { typedData, signature } = await signDelegated(chain.auditor, chain.auditor, lotAudit);
    const relayed = await uidOf(
      await attestByDelegation(chain.relayer, { typedData, signature, deployment: chain.deployment }),
    );
    const eventAudit = audit(
      "event",
      eventHashToLeaf(record.events[0]?.eventHash as string),
      "Temperature log checked",
    );
    const direct = await uidOf(await attest(chain.auditor, { ...eventAudit, deployment: chain.deployment }));
    const firstAnchor = record.events[0]?.anchor;
    assert.equal(firstAnchor?.type, "batch");
    const pendingAudit = audit("batch", (firstAnchor as { root: Hex }).root, "Batch sampled");
    const pending = await signDelegated(chain.auditor, chain.auditor, pendingAudit);

    const honest = copy();
    honest.attestations = [
      claimed(lotAudit, chain.auditor, relayed),
      claimed(eventAudit, chain.auditor, direct),
      claimed(pendingAudit, chain.auditor, null, {
        delegation: { signature: pending.signature, nonce: String(pending.nonce), deadline: "0" },
      }),
    ];
    const result = await verify(honest);
    assert.equal(result.ok, true, JSON.stringify(result, null, 1));
    assert.equal(result.complete, true);
    assert.equal(result.omittedEvents, 0);
    assert.deepEqual(
      result.events.map((e) => e.status),
      Array(6).fill("verified"),
    );
    assert.match(
      result.events[0]?.reasons[0] ?? "",
      /Anchored in a batch with root 0x[0-9a-f]{64} by Alpine Dairy at/,
    );
    assert.match(result.events[5]?.reasons[0] ?? "", /Anchored on its own by Alpine Dairy/);
    assert.deepEqual(
      result.attestations.map((a) => a.status),
      ["verified", "verified", "verified"],
    );
    assert.match(result.attestations[2]?.reasons.at(-1) ?? "", /not on chain yet/);
    assert.equal(result.recall.recalled, false);
    record = honest;
  });

  it("a record served without its proofs: batch anchors fail without them, verify with them; others' proofs fail", async () => {
    const { record: light, proofs } = separatePublicRecordProofs(copy());
    assert.ok(!JSON.stringify(light).includes('"proof"'));
    const bare = await verify(light);
    assert.equal(bare.ok, false);
    assert.deepEqual(
      bare.events.map((e) => e.status),
      [...Array(5).fill("failed"), "verified"],
    );
    assert.match(bare.events[0]?.reasons.join(" ") ?? "", /No Merkle proof comes with this step/);
    const withProofs = (p: unknown) =>
      verifyRecord({ record: light, proofs: p, rpcUrl: chain.anvil.rpcUrl, deployment: chain.deployment });
    const whole = await withProofs(proofs);
    assert.equal(whole.ok, true, JSON.stringify(whole.events));
    assert.equal(whole.complete, true);
    // The proofs of event 0 given as event 1's: both keys present, event 1's proof leads elsewhere.
    const leaves = Object.keys(proofs.leaves);
    const swapped = structuredClone(proofs);
    (swapped.leaves[leaves[1] as Hex] as { proof?: string[] }).proof = proofs.leaves[leaves[0] as Hex]?.proof;
    const crossed = await withProofs(swapped);
    assert.equal(crossed.events[1]?.status, "failed");
    assert.match(crossed.events[1]?.reasons.join(" ") ?? "", /does not lead from this event/);
    await assert.rejects(withProofs({ leaves: { nope: {} } }), InvalidPublicRecordError);
  });

  it("a tampered event fails, naming the mismatch, and the rest still verify", async () => {
    const tampered = copy();
    (tampered.events[2] as { event: Record<string, unknown> }).event.bizStep = "destroying";
    const result = await verify(tampered);
    assert.equal(result.ok, false);
    assert.equal(result.events[2]?.status, "failed");
    assert.match(result.events[2]?.reasons[0] ?? "", /content does not match its id/);
    assert.equal(result.events.filter((e) => e.status === "verified").length, 5);
  });

  it("a proof for another root fails", async () => {
    const other = await anchorRecord(chain, {
      writer: chain.writerA,
      orgId: chain.orgA,
      events: lotEvents(3, lot, "b"),
      lot,
    });
    const forged = copy();
    const anchor = forged.events[1]?.anchor as { root: string; proof: string[] };
    const otherAnchor = other.events[0]?.anchor as { root: string; proof: string[] };
    anchor.root = otherAnchor.root;
    const result = await verify(forged);
    assert.equal(result.events[1]?.status, "failed");
    assert.match(result.events[1]?.reasons[0] ?? "", /proof does not lead from this event to root/);
  });

  it("a root anchored by another organisation fails", async () => {
    const theirs = await anchorRecord(chain, {
      writer: chain.writerB,
      orgId: chain.orgB,
      events: lotEvents(2, lot, "c"),
      lot,
      single: [1],
    });
    const claimedAsOurs = { ...theirs, organisation: record.organisation };
    const result = await verify(claimedAsOurs);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.events.map((e) => e.status),
      ["failed", "failed"],
    );
    assert.match(
      result.events[0]?.reasons[0] ?? "",
      /is not anchored on chain by Alpine Dairy \(0x[0-9a-f]{32}\)/,
    );
    assert.match(result.events[1]?.reasons[0] ?? "", /anchored by another organisation/);
  });

  it("another organisation anchoring the same root first neither blocks the owner's anchor nor fails its record", async () => {
    const events = lotEvents(3, lot, "copied");
    const copier = await anchorRecord(chain, { writer: chain.writerB, orgId: chain.orgB, events, lot });
    const ours = await anchorRecord(chain, { writer: chain.writerA, orgId: chain.orgA, events, lot });
    const theirAnchor = copier.events[0]?.anchor as { root: string; blockNumber: number };
    const ourAnchor = ours.events[0]?.anchor as { root: string; blockNumber: number };
    assert.equal(ourAnchor.root, theirAnchor.root, "the same events, the same root");
    assert.ok(ourAnchor.blockNumber > theirAnchor.blockNumber, "the copy came first");
    const result = await verify(ours);
    assert.deepEqual(
      result.events.map((e) => e.status),
      ["verified", "verified", "verified"],
    );
    assert.match(result.events[0]?.reasons[0] ?? "", /by Alpine Dairy at .* \(block \d+\)/);
  });

  it("a journey across organisations verifies when each event names who anchored it", async () => {
    const theirs = await anchorRecord(chain, {
      writer: chain.writerB,
      orgId: chain.orgB,
      events: lotEvents(2, lot, "d"),
      lot,
      single: [1],
    });
    const receiver = { id: chain.orgB, name: "Valley Logistics" };
    const journey = copy();
    journey.events = [
      ...journey.events,
      ...theirs.events.map((event) => ({ ...event, organisation: receiver })),
    ];
    const result = await verify(journey);
    assert.deepEqual(
      result.events.slice(-2).map((e) => e.status),
      ["verified", "verified"],
    );
    assert.match(result.events.at(-1)?.reasons[0] ?? "", /Anchored on its own by Valley Logistics at/);

    const misattributed = structuredClone(journey);
    (misattributed.events.at(-2) as { organisation?: unknown }).organisation = record.organisation;
    const refused = await verify(misattributed);
    assert.equal(refused.events.at(-2)?.status, "failed");
    assert.match(refused.events.at(-2)?.reasons[0] ?? "", /is not anchored on chain by Alpine Dairy/);
  });

  it("a wrong anchoring time fails", async () => {
    const late = copy();
    const anchor = late.events[0]?.anchor as { anchoredAt: string };
    anchor.anchoredAt = new Date(Date.parse(anchor.anchoredAt) - 86_400_000).toISOString();
    const result = await verify(late);
    assert.equal(result.events[0]?.status, "failed");
    assert.match(result.events[0]?.reasons[0] ?? "", /not at .* as the record claims/);
  });

  it("a single-event anchor claimed in another transaction fails", async () => {
    const moved = copy();
    const anchor = moved.events[5]?.anchor as { transactionHash?: string };
    assert.ok(anchor.transactionHash);
    anchor.transactionHash = keccak256(toHex("another transaction"));
    const result = await verify(moved);
    assert.equal(result.events[5]?.status, "failed");
    assert.match(result.events[5]?.reasons[0] ?? "", /first anchored in transaction 0x[0-9a-f]{64}, not/);
  });

  it("an unanchored event is pending, not failed", async () => {
    const fresh = copy();
    (fresh.events[3] as { anchor: unknown }).anchor = null;
    const result = await verify(fresh);
    assert.equal(result.events[3]?.status, "pending");
    assert.equal(result.ok, true);
    assert.equal(result.complete, false);
  });

  it("a record that leaves events out is not complete, though all it shows verifies; a record without the count is malformed", async () => {
    const capped = copy();
    capped.omittedEvents = { owner: 0, partners: 165 };
    const result = await verify(capped);
    assert.equal(result.ok, true, JSON.stringify(result.events));
    assert.deepEqual(
      result.events.map((e) => e.status),
      Array(6).fill("verified"),
    );
    assert.equal(result.omittedEvents, 165);
    assert.equal(result.complete, false);
    capped.omittedEvents = { owner: 2, partners: 0 };
    assert.equal((await verify(capped)).omittedEvents, 2);
    const { omittedEvents: _omitted, ...uncounted } = copy();
    await assert.rejects(verify(uncounted), InvalidPublicRecordError);
  });

  it("forged attestations fail: another signer, an unknown UID, changed content, a stranger's subject", async () => {
    const lotKey = computeLotKey({ gtin, lot });
    const forgedAudit = audit("lot", lotKey, "Fair trade certified");
    const bySomeoneElse = await signDelegated(chain.outsider, chain.auditor, forgedAudit);
    const onChain = record.attestations[0] as PublicRecordAttestation;
    const forged = copy();
    forged.attestations = [
      claimed(forgedAudit, chain.auditor, null, {
        delegation: { signature: bySomeoneElse.signature, nonce: String(bySomeoneElse.nonce), deadline: "0" },
      }),
      { ...onChain, uid: keccak256(toHex("no such attestation")) },
      { ...onChain, claim: "Fair trade certified" },
      { ...onChain, subject: computeLotKey({ gtin, lot: "OTHER" }) },
      { ...onChain, attester: chain.outsider.account.address },
    ];
    const result = await verify(forged);
    assert.deepEqual(
      result.attestations.map((a) => a.status),
      ["failed", "failed", "failed", "failed", "failed"],
    );
    const [a0, a1, a2, a3, a4] = result.attestations.map((a) => a.reasons.join(" "));
    assert.match(a0 ?? "", /signature is not 0x[0-9a-fA-F]{40}'s signature/);
    assert.match(a1 ?? "", /There is no attestation/);
    assert.match(a2 ?? "", /differs from the record in: claim/);
    assert.match(a3 ?? "", /not part of this record/);
    assert.match(a3 ?? "", /differs from the record in: subject/);
    assert.match(a4 ?? "", /It was made by 0x[0-9a-fA-F]{40}, not by/);
  });

  it("an unaccredited signer's attestation fails, and EAS rejects it on chain", async () => {
    const outsiderAudit = audit("lot", computeLotKey({ gtin, lot }), "Self-certified");
    const signed = await signDelegated(chain.outsider, chain.outsider, outsiderAudit);
    const r = copy();
    r.attestations = [
      claimed(outsiderAudit, chain.outsider, null, {
        delegation: { signature: signed.signature, nonce: String(signed.nonce), deadline: "0" },
      }),
    ];
    const result = await verify(r);
    assert.equal(result.attestations[0]?.status, "failed");
    assert.match(result.attestations[0]?.reasons.join(" ") ?? "", /is not an accredited auditor/);
    await assert.rejects(
      attestByDelegation(chain.relayer, { ...signed, deployment: chain.deployment }),
      /AuditorNotAccredited/,
    );
  });

  it("an auditor with a smart-contract wallet (ERC-1271) verifies, signed and relayed", async () => {
    const deployed = await chain.registrar.deployContract({
      abi: erc1271WalletMockAbi,
      bytecode: erc1271WalletMockBytecode,
      args: [chain.outsider.account.address],
    });
    const receipt = await chain.publicClient.waitForTransactionReceipt({ hash: deployed });
    const wallet = receipt.contractAddress as Address;
    await chain.wait(
      await chain.registrar.writeContract({
        address: chain.deployment.contracts.TracemarkAuditResolver.address,
        abi: tracemarkAuditResolverAbi,
        functionName: "accreditAuditor",
        args: [wallet, ""],
      }),
    );
    const a = audit("lot", computeLotKey({ gtin, lot }), "Audited by a multisig");
    const signed = await signDelegated(chain.outsider, wallet, a);
    const r = copy();
    r.attestations = [
      claimed(a, wallet, null, {
        delegation: { signature: signed.signature, nonce: String(signed.nonce), deadline: "0" },
      }),
    ];
    const offChain = await verify(r);
    assert.equal(offChain.attestations[0]?.status, "verified", JSON.stringify(offChain.attestations));
    const uid = await uidOf(
      await attestByDelegation(chain.relayer, { ...signed, deployment: chain.deployment }),
    );
    r.attestations = [claimed(a, wallet, uid)];
    assert.equal((await verify(r)).attestations[0]?.status, "verified");
  });

  it("a revoked attestation fails", async () => {
    const a = audit("lot", computeLotKey({ gtin, lot }), "Allergen-free line");
    const made = await uidOf(await attest(chain.auditor, { ...a, deployment: chain.deployment }));
    await chain.wait(await revoke(chain.auditor, { uid: made, deployment: chain.deployment }));
    const r = copy();
    r.attestations = [claimed(a, chain.auditor, made)];
    const result = await verify(r);
    assert.equal(result.attestations[0]?.status, "failed");
    assert.match(result.attestations[0]?.reasons.join(" ") ?? "", /was revoked at/);
  });

  it("a proof point verifies with its evidence documents, and fails when the documents shown are others", async () => {
    const report = sha256(toHex("audit report"));
    const certificate = sha256(toHex("organic certificate"));
    const a = {
      ...audit("lot", computeLotKey({ gtin, lot }), "Organic: EU 2018/848"),
      evidenceHash: computeEvidenceHash([report, certificate]),
    };
    const made = await uidOf(await attest(chain.auditor, { ...a, deployment: chain.deployment }));
    const r = copy();
    const proofPoint = {
      id: "5b0e7c56-95a4-4d5c-9d5a-2f4a8c3b1e01",
      evidence: [{ sha256: certificate }, { sha256: report }],
    };
    r.attestations = [claimed(a, chain.auditor, made, { proofPoint })];
    assert.equal((await verify(r)).attestations[0]?.status, "verified");
    // The page swaps a document (or drops one): the attested hash no longer covers what is shown.
    r.attestations = [
      claimed(a, chain.auditor, made, { proofPoint: { ...proofPoint, evidence: [{ sha256: report }] } }),
    ];
    const result = await verify(r);
    assert.equal(result.attestations[0]?.status, "failed");
    assert.match(
      result.attestations[0]?.reasons.join(" ") ?? "",
      /evidence documents shown are not the ones/,
    );
  });

  it("an expired attestation fails once the chain passes its expiry", async () => {
    const head = await chain.publicClient.getBlock();
    const expiry = head.timestamp + 60n;
    const a = audit("lot", computeLotKey({ gtin, lot }), "Short-lived claim");
    const made = await uidOf(
      await attest(chain.auditor, { ...a, expirationTime: expiry, deployment: chain.deployment }),
    );
    const r = copy();
    r.attestations = [
      claimed(a, chain.auditor, made, { expirationTime: new Date(Number(expiry) * 1000).toISOString() }),
    ];
    assert.equal((await verify(r)).attestations[0]?.status, "verified");
    await chain.publicClient.request({ method: "evm_increaseTime" as never, params: [120] as never });
    await chain.publicClient.request({ method: "evm_mine" as never, params: [] as never });
    const result = await verify(r);
    assert.equal(result.attestations[0]?.status, "failed");
    assert.match(result.attestations[0]?.reasons.join(" ") ?? "", /expired at/);
  });

  it("a recalled lot: hiding the recall fails, telling it verifies", async () => {
    const recallLot = "L-RECALL";
    const recalled = await anchorRecord(chain, {
      writer: chain.writerA,
      orgId: chain.orgA,
      events: lotEvents(2, recallLot, "d"),
      lot: recallLot,
    });
    await recallOnChain(chain.writerA, chain.orgA, recallLot, "Listeria found");
    const hidden = await verify(recalled);
    assert.equal(hidden.recall.status, "failed");
    assert.equal(hidden.recall.recalled, true);
    assert.match(hidden.recall.reasons[0] ?? "", /recalled on chain since .*, but the record says it is not/);
    const told = await verify({
      ...recalled,
      recall: { recalled: true, declaredAt: new Date().toISOString() },
    });
    assert.equal(told.recall.status, "verified");
    assert.equal(told.ok, true);
    // Organisation B cannot recall organisation A's lot: the state is per organisation.
    assert.equal((await verify(record)).recall.recalled, false);
  });

  it("an inherited recall: the input's recall by its own organisation is confirmed on chain; one not on chain is pending; a forged lot key fails", async () => {
    const inputLot = "L-INPUT";
    const inherited = {
      organisation: { id: chain.orgB, name: "Grower" },
      gtin,
      lot: inputLot,
      lotKey: computeLotKey({ gtin, lot: inputLot }),
      declaredAt: new Date().toISOString(),
    };
    const derived = { ...copy(), recall: { recalled: false, declaredAt: null, inherited: [inherited] } };
    const before = await verify(derived);
    assert.equal(before.recall.inherited[0]?.status, "pending");
    assert.equal(before.complete, false);
    await recallOnChain(chain.writerB, chain.orgB, inputLot, "Aflatoxin");
    const confirmed = await verify(derived);
    assert.equal(confirmed.recall.status, "verified", "the lot itself is not recalled, as the record says");
    assert.deepEqual(
      confirmed.recall.inherited.map((v) => [v.status, v.recalled, v.lot]),
      [["verified", true, inputLot]],
    );
    assert.match(confirmed.recall.inherited[0]?.reasons[0] ?? "", /recalled on chain by Grower since/);
    assert.equal(confirmed.ok, true);
    // The same input under another organisation's id is not recalled: the recall is the grower's.
    const otherOrg = await verify({
      ...derived,
      recall: {
        ...derived.recall,
        inherited: [{ ...inherited, organisation: { id: chain.orgA, name: "A" } }],
      },
    });
    assert.equal(otherOrg.recall.inherited[0]?.status, "pending");
    const forged = await verify({
      ...derived,
      recall: {
        ...derived.recall,
        inherited: [{ ...inherited, lotKey: computeLotKey({ gtin, lot: "OTHER" }) }],
      },
    });
    assert.equal(forged.recall.inherited[0]?.status, "failed");
    assert.equal(forged.ok, false);
  });

  it("works with a viem client and through the TanStack Query options", async () => {
    const withClient = await verifyRecord({
      record,
      client: chain.publicClient,
      deployment: chain.deployment,
    });
    assert.equal(withClient.complete, true);
    const options = verifyRecordQueryOptions({
      key: "/01/09520123456788/10/L-2026-03",
      record,
      rpcUrl: chain.anvil.rpcUrl,
      deployment: chain.deployment,
    });
    assert.deepEqual(options.queryKey, ["tracemark", "verifyRecord", "/01/09520123456788/10/L-2026-03"]);
    assert.deepEqual((await options.queryFn()).events, withClient.events);
  });

  it("rejects a malformed record and a record for another chain", async () => {
    await assert.rejects(verify({ ...record, events: "none" }), InvalidPublicRecordError);
    await assert.rejects(
      verify({ ...record, chainId: 1 }),
      /the record is for chain 1, the client is on chain 31337/,
    );
  });

  it("refuses contracts of another chain than the record's", async () => {
    await assert.rejects(
      verifyRecord({
        record,
        rpcUrl: chain.anvil.rpcUrl,
        deployment: { ...chain.deployment, chainId: 8453 },
      }),
      DeploymentChainMismatchError,
    );
  });
});

describe("verifyRecord with events hashed under an earlier rule version", () => {
  // A sensor element and an extension inside readPoint: rule versions 1 and 2 hash it differently.
  const sensorEvent = {
    ...lotEvents(1, lot, "v1")[0],
    readPoint: { id: "https://id.gs1.org/414/4012345000115", "tm:dock": "7" },
    sensorElementList: [{ sensorReport: [{ type: "Temperature", value: 4, uom: "CEL" }] }],
  };
  let anchoredV1: PublicRecord;

  before(async () => {
    anchoredV1 = await anchorRecord(chain, {
      writer: chain.writerA,
      orgId: chain.orgA,
      events: [sensorEvent],
      lot,
      hashVersion: 1,
    });
  });

  it("verifies an event anchored under rule version 1, named in the record or not (records before hashVersion)", async () => {
    assert.equal(anchoredV1.events[0]?.hashVersion, 1);
    const named = await verify(anchoredV1);
    assert.equal(named.events[0]?.status, "verified", named.events[0]?.reasons.join("; "));
    const { hashVersion: _, ...unnamedEvent } = anchoredV1.events[0] as PublicRecord["events"][number];
    const unnamed = await verify({ ...anchoredV1, events: [unnamedEvent] });
    assert.equal(unnamed.events[0]?.status, "verified", unnamed.events[0]?.reasons.join("; "));
  });

  it("fails it when the record claims the current rules, since they hash it differently", async () => {
    const claimed = structuredClone(anchoredV1);
    (claimed.events[0] as PublicRecord["events"][number]).hashVersion = 2;
    const result = await verify(claimed);
    assert.equal(result.events[0]?.status, "failed");
    assert.match(result.events[0]?.reasons.join(" ") ?? "", /does not match its id/);
  });
});

describe("verifyRecord with version-2 leaves (selective disclosure)", () => {
  const v2Lot = "L-2026-V2";
  const events = lotEvents(4, v2Lot, "v2").map((event, i) => ({
    ...event,
    bizTransactionList: [{ type: "po", bizTransaction: `urn:epcglobal:cbv:bt:4012345000009:PO-${900 + i}` }],
  }));
  let hidden: PublicRecord;
  let full: PublicRecord;

  before(async () => {
    hidden = await anchorRecord(chain, {
      writer: chain.writerA,
      orgId: chain.orgA,
      events,
      lot: v2Lot,
      single: [3],
      withhold: ["bizTransactions", "quantities"],
    });
    full = await anchorRecord(chain, {
      writer: chain.writerA,
      orgId: chain.orgA,
      events: events.slice(0, 2),
      lot: v2Lot,
      withhold: [],
    });
  });

  it("events with a purchase order and quantity withheld verify, batched and alone, naming what is withheld", async () => {
    const text = JSON.stringify(hidden);
    for (const event of events) {
      assert.ok(!text.includes(String(event.bizTransactionList[0]?.bizTransaction)));
      assert.ok(
        !text.includes(
          `"quantity":${(event as unknown as { quantityList: { quantity: number }[] }).quantityList[0]?.quantity}`,
        ),
      );
    }
    assert.ok(hidden.events.every((e) => e.eventHash === undefined && e.leafVersion === 2));
    const result = await verify(hidden);
    for (const e of result.events) {
      assert.equal(e.status, "verified", e.reasons.join("; "));
      assert.deepEqual(e.withheld.sort(), ["bizTransactions", "quantities"]);
    }
  });

  it("a shown field altered, added or dropped fails; a wrong claimed leaf fails", async () => {
    const altered = structuredClone(hidden);
    (altered.events[0] as PublicRecord["events"][number]).event.bizStep = "destroying";
    const added = structuredClone(hidden);
    (added.events[1] as PublicRecord["events"][number]).event.disposition = "recalled";
    const dropped = structuredClone(hidden);
    delete (dropped.events[3] as PublicRecord["events"][number]).event.readPoint;
    const wrongLeaf = structuredClone(hidden);
    (wrongLeaf.events[2] as PublicRecord["events"][number]).leaf = `0x${"11".repeat(32)}`;
    const [a, b, c, d] = await Promise.all([altered, added, dropped, wrongLeaf].map(verify));
    assert.equal(a?.events[0]?.status, "failed");
    assert.equal(b?.events[1]?.status, "failed");
    assert.equal(c?.events[3]?.status, "failed");
    assert.equal(d?.events[2]?.status, "failed");
    assert.match(d?.events[2]?.reasons.join(" ") ?? "", /commit to leaf/);
  });

  it("served without its disclosures (salts), no shown field is proven until its proofs come", async () => {
    const { record: light, proofs } = separatePublicRecordProofs(structuredClone(hidden));
    assert.ok(light.events.every((e) => e.disclosure === undefined && e.leaf));
    const bare = await verify(light);
    assert.deepEqual(
      bare.events.map((e) => e.status),
      Array(4).fill("failed"),
    );
    const result = await verifyRecord({
      record: light,
      proofs,
      rpcUrl: chain.anvil.rpcUrl,
      deployment: chain.deployment,
    });
    for (const e of result.events) assert.equal(e.status, "verified", e.reasons.join("; "));
  });

  it("the whole event with its salts verifies, its GS1 event hash included", async () => {
    const result = await verify(full);
    for (const e of result.events) assert.equal(e.status, "verified", e.reasons.join("; "));
    assert.ok(full.events.every((e) => e.eventHash?.startsWith("ni:///sha-256;")));
    const wrongHash = structuredClone(full);
    (wrongHash.events[0] as PublicRecord["events"][number]).eventHash = full.events[1]?.eventHash;
    assert.equal((await verify(wrongHash)).events[0]?.status, "failed");
  });
});
