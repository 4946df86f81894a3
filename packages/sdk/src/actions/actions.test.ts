import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type Hex, keccak256, toHex, zeroHash } from "viem";
import { getAuditSchemaUid } from "../eip712/auditSchema.ts";
import { tracemarkRegistryAbi } from "../generated/abis.ts";
import { computeEventHash } from "../hash/computeEventHash.ts";
import { eventHashToLeaf } from "../hash/eventHashToLeaf.ts";
import { createMerkleBatch } from "../merkle/createMerkleBatch.ts";
import { merkleLeafHash } from "../merkle/merkleLeafHash.ts";
import { computeLotKey } from "../recall/computeLotKey.ts";
import { context, gtin, lotEvents } from "../testing/buildRecord.ts";
import { type LocalChain, startLocalChain } from "../testing/localChain.ts";
import { anchorBatch } from "./anchorBatch.ts";
import { anchorEvent } from "./anchorEvent.ts";
import { attest } from "./attest.ts";
import { declareRecall } from "./declareRecall.ts";
import { getAnchor } from "./getAnchor.ts";
import { getAttestation } from "./getAttestation.ts";
import { getEasDomain } from "./getEasDomain.ts";
import { getEasNonce } from "./getEasNonce.ts";
import { getEventAnchor } from "./getEventAnchor.ts";
import { getRecallState } from "./getRecallState.ts";
import { isAnchored } from "./isAnchored.ts";
import { revoke } from "./revoke.ts";
import { waitForAttestationUid } from "./waitForAttestationUid.ts";

let chain: LocalChain;
before(async () => {
  chain = await startLocalChain();
});
after(() => chain?.stop());

const leaves = () =>
  lotEvents(5, "L-ACT").map((event) => eventHashToLeaf(computeEventHash({ event, context })));

describe("actions against the real contracts on anvil", () => {
  it("the SDK's leaf rule, audit schema UID and lot key agree with the contracts", async () => {
    const { deployment, publicClient } = chain;
    const registry = deployment.contracts.TracemarkRegistry.address;
    const [leaf] = leaves();
    assert.equal(
      await publicClient.readContract({
        address: registry,
        abi: tracemarkRegistryAbi,
        functionName: "leafOf",
        args: [leaf as Hex],
      }),
      merkleLeafHash(leaf as Hex),
    );
    assert.equal(
      getAuditSchemaUid(deployment.contracts.TracemarkAuditResolver.address),
      deployment.auditSchemaUid,
    );
    assert.equal(
      await publicClient.readContract({
        address: registry,
        abi: tracemarkRegistryAbi,
        functionName: "lotKeyOf",
        args: [gtin, "L-ACT"],
      }),
      computeLotKey({ gtin: gtin.slice(1), lot: "L-ACT" }),
    );
  });

  it("anchorBatch, then isAnchored, getAnchor and the contract's verifyEvent accept the SDK's proofs", async () => {
    const { deployment, publicClient, writerA, orgA } = chain;
    const batch = createMerkleBatch({ leaves: leaves() });
    assert.equal(await isAnchored(publicClient, { orgId: orgA, root: batch.root, deployment }), false);
    assert.equal(await getAnchor(publicClient, { orgId: orgA, root: batch.root, deployment }), null);
    await chain.wait(
      await anchorBatch(writerA, {
        orgId: orgA,
        root: batch.root,
        eventCount: 5,
        manifestHash: zeroHash,
        deployment,
      }),
    );
    assert.equal(await isAnchored(publicClient, { orgId: orgA, root: batch.root, deployment }), true);
    const anchor = await getAnchor(publicClient, { orgId: orgA, root: batch.root, deployment });
    assert.equal(anchor?.orgId, orgA);
    assert.equal(anchor?.eventCount, 5);
    const block = await publicClient.getBlock({ blockNumber: BigInt(anchor?.blockNumber ?? 0) });
    assert.equal(anchor?.anchoredAt, Number(block.timestamp));
    for (const { leaf, proof } of batch.proofs) {
      assert.equal(
        await publicClient.readContract({
          address: deployment.contracts.TracemarkRegistry.address,
          abi: tracemarkRegistryAbi,
          functionName: "verifyEvent",
          args: [orgA, batch.root, leaf, proof],
        }),
        true,
      );
    }
  });

  it("only a writer of the organisation can anchor, and the reason is decoded", async () => {
    const { deployment, writerB, orgA } = chain;
    const batch = createMerkleBatch({ leaves: [keccak256(toHex("x"))] });
    await assert.rejects(
      anchorBatch(writerB, {
        orgId: orgA,
        root: batch.root,
        eventCount: 1,
        manifestHash: zeroHash,
        deployment,
      }),
      /NotOrganisationWriter/,
    );
  });

  it("anchors are per organisation: another organisation anchors the same root for itself, and a second anchor of one's own root is refused", async () => {
    const { deployment, publicClient, writerA, writerB, orgA, orgB } = chain;
    const batch = createMerkleBatch({ leaves: [keccak256(toHex("copied 1")), keccak256(toHex("copied 2"))] });
    const anchor = (writer: typeof writerA, orgId: typeof orgA) =>
      anchorBatch(writer, { orgId, root: batch.root, eventCount: 2, manifestHash: zeroHash, deployment });
    await chain.wait(await anchor(writerB, orgB));
    assert.equal(await isAnchored(publicClient, { orgId: orgA, root: batch.root, deployment }), false);
    await chain.wait(await anchor(writerA, orgA));
    assert.equal((await getAnchor(publicClient, { orgId: orgA, root: batch.root, deployment }))?.orgId, orgA);
    assert.equal((await getAnchor(publicClient, { orgId: orgB, root: batch.root, deployment }))?.orgId, orgB);
    await assert.rejects(anchor(writerA, orgA), /RootAlreadyAnchored/);
  });

  it("anchorEvent is found by getEventAnchor, first log wins, per organisation", async () => {
    const { deployment, publicClient, writerA, writerB, orgA, orgB } = chain;
    const eventHash = keccak256(toHex("single event"));
    assert.equal(await getEventAnchor(publicClient, { orgId: orgA, eventHash, deployment }), null);
    const first = await anchorEvent(writerA, { orgId: orgA, eventHash, deployment });
    await chain.wait(first);
    await chain.wait(await anchorEvent(writerA, { orgId: orgA, eventHash, deployment }));
    const anchor = await getEventAnchor(publicClient, { orgId: orgA, eventHash, deployment });
    assert.equal(anchor?.transactionHash, first);
    assert.equal(anchor?.writer, writerA.account.address);
    assert.equal(await getEventAnchor(publicClient, { orgId: orgB, eventHash, deployment }), null);
    await chain.wait(await anchorEvent(writerB, { orgId: orgB, eventHash, deployment }));
    assert.notEqual(await getEventAnchor(publicClient, { orgId: orgB, eventHash, deployment }), null);
  });

  it("declareRecall and lifting it change getRecallState, per organisation", async () => {
    const { deployment, publicClient, writerA, orgA, orgB } = chain;
    const lot = "L-RC";
    const reasonHash = keccak256(toHex("Listeria"));
    assert.equal(
      (await getRecallState(publicClient, { orgId: orgA, gtin, lot, deployment })).recalled,
      false,
    );
    await chain.wait(await declareRecall(writerA, { orgId: orgA, gtin, lot, reasonHash, deployment }));
    const recalled = await getRecallState(publicClient, { orgId: orgA, gtin, lot, deployment });
    assert.equal(recalled.recalled, true);
    assert.equal(recalled.reasonHash, reasonHash);
    assert.ok(recalled.declaredAt);
    assert.equal(
      (await getRecallState(publicClient, { orgId: orgB, gtin, lot, deployment })).recalled,
      false,
    );
    await chain.wait(
      await declareRecall(writerA, { orgId: orgA, gtin, lot, reasonHash, lift: true, deployment }),
    );
    const lifted = await getRecallState(publicClient, { orgId: orgA, gtin, lot, deployment });
    assert.equal(lifted.recalled, false);
    assert.ok(lifted.liftedAt);
  });

  it("attest, getAttestation and revoke; the EAS domain comes from the contract", async () => {
    const { deployment, publicClient, auditor, orgA } = chain;
    const domain = await getEasDomain(publicClient, { deployment });
    assert.deepEqual(domain, {
      name: "EAS",
      version: "1.4.0",
      chainId: 31337,
      verifyingContract: deployment.contracts.EAS.address,
    });
    assert.equal(await getEasNonce(publicClient, { account: auditor.account.address, deployment }), 0n);
    const audit = {
      orgId: orgA,
      subjectKind: "lot" as const,
      subject: computeLotKey({ gtin, lot: "L-ACT" }),
      claim: "Organic",
      evidenceHash: keccak256(toHex("certificate")),
    };
    const uid = await waitForAttestationUid(publicClient, {
      hash: await attest(auditor, { ...audit, deployment }),
    });
    const attestation = await getAttestation(publicClient, { uid, deployment });
    assert.deepEqual(attestation?.audit, audit);
    assert.equal(attestation?.attester, auditor.account.address);
    assert.equal(attestation?.revocationTime, 0);
    await chain.wait(await revoke(auditor, { uid, deployment }));
    assert.ok(((await getAttestation(publicClient, { uid, deployment }))?.revocationTime ?? 0) > 0);
    assert.equal(await getAttestation(publicClient, { uid: keccak256(toHex("none")), deployment }), null);
  });

  it("an outsider cannot attest under the audit schema", async () => {
    const { deployment, outsider, orgA } = chain;
    await assert.rejects(
      attest(outsider, {
        orgId: orgA,
        subjectKind: "lot",
        subject: zeroHash,
        claim: "x",
        evidenceHash: zeroHash,
        deployment,
      }),
      /AuditorNotAccredited/,
    );
  });
});
