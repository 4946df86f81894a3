import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { network } from "hardhat";
import { getAddress, type Hex, keccak256, toHex, zeroHash } from "viem";
import { deployTracemark, orgIdOf, take } from "./helpers.ts";

const connection = await network.create();
const { viem } = connection;
const [deployer, orgAdmin, writer, relayer, stranger, otherAdmin] = take(await viem.getWalletClients(), 6);
const ORG = orgIdOf("acme farms");
const OTHER_ORG = orgIdOf("other co");

async function deployed() {
  const { registry } = await deployTracemark(connection);
  const as = (client: typeof deployer) =>
    viem.getContractAt("TracemarkRegistry", registry.address, { client: { wallet: client } });
  return { registry, as };
}

describe("TracemarkRegistry: organisations and writers", () => {
  let registry: Awaited<ReturnType<typeof deployed>>["registry"];
  let as: Awaited<ReturnType<typeof deployed>>["as"];
  before(async () => {
    ({ registry, as } = await deployed());
  });

  it("lets the registrar admit an organisation and emits what an indexer needs", async () => {
    await viem.assertions.emitWithArgs(
      registry.write.admitOrganisation([ORG, orgAdmin.account.address, "https://acme.example/org.json"]),
      registry,
      "OrganisationAdmitted",
      [
        ORG,
        getAddress(orgAdmin.account.address),
        getAddress(deployer.account.address),
        "https://acme.example/org.json",
      ],
    );
    const org = await registry.read.organisation([ORG]);
    assert.equal(org.admin, getAddress(orgAdmin.account.address));
    assert.equal(org.status, 1);
    assert.equal(org.metadataURI, "https://acme.example/org.json");
  });

  it("refuses admission by anyone else, a second admission, a zero id and a zero admin", async () => {
    const strangerRegistry = await as(stranger);
    await viem.assertions.revertWithCustomErrorWithArgs(
      strangerRegistry.write.admitOrganisation([OTHER_ORG, otherAdmin.account.address, ""]),
      registry,
      "AccessControlUnauthorizedAccount",
      [getAddress(stranger.account.address), await registry.read.REGISTRAR_ROLE()],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      registry.write.admitOrganisation([ORG, otherAdmin.account.address, ""]),
      registry,
      "OrganisationAlreadyExists",
      [ORG],
    );
    await viem.assertions.revertWithCustomError(
      registry.write.admitOrganisation([
        "0x00000000000000000000000000000000",
        otherAdmin.account.address,
        "",
      ]),
      registry,
      "InvalidOrganisationId",
    );
    await viem.assertions.revertWithCustomError(
      registry.write.admitOrganisation([OTHER_ORG, "0x0000000000000000000000000000000000000000", ""]),
      registry,
      "InvalidAccount",
    );
  });

  it("lets only the organisation's admin add and remove writers", async () => {
    const adminRegistry = await as(orgAdmin);
    await viem.assertions.emitWithArgs(
      adminRegistry.write.addWriter([ORG, writer.account.address]),
      registry,
      "WriterAdded",
      [ORG, getAddress(writer.account.address), getAddress(orgAdmin.account.address)],
    );
    await adminRegistry.write.addWriter([ORG, relayer.account.address]);
    assert.equal(await registry.read.canWrite([ORG, writer.account.address]), true);
    assert.deepEqual(
      [...(await registry.read.writers([ORG]))].sort(),
      [getAddress(writer.account.address), getAddress(relayer.account.address)].sort(),
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      adminRegistry.write.addWriter([ORG, writer.account.address]),
      registry,
      "WriterAlreadyAdded",
      [ORG, getAddress(writer.account.address)],
    );
    for (const client of [stranger, writer, deployer]) {
      await viem.assertions.revertWithCustomErrorWithArgs(
        (await as(client)).write.addWriter([ORG, stranger.account.address]),
        registry,
        "NotOrganisationAdmin",
        [ORG, getAddress(client.account.address)],
      );
      await viem.assertions.revertWithCustomErrorWithArgs(
        (await as(client)).write.removeWriter([ORG, writer.account.address]),
        registry,
        "NotOrganisationAdmin",
        [ORG, getAddress(client.account.address)],
      );
    }
    await viem.assertions.emit(
      adminRegistry.write.removeWriter([ORG, relayer.account.address]),
      registry,
      "WriterRemoved",
    );
    assert.equal(await registry.read.canWrite([ORG, relayer.account.address]), false);
    await viem.assertions.revertWithCustomErrorWithArgs(
      adminRegistry.write.removeWriter([ORG, relayer.account.address]),
      registry,
      "WriterNotFound",
      [ORG, getAddress(relayer.account.address)],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      adminRegistry.write.addWriter([OTHER_ORG, writer.account.address]),
      registry,
      "OrganisationNotFound",
      [OTHER_ORG],
    );
  });

  it("lets only the admin change the metadata, and the admin or the registrar change the admin", async () => {
    await viem.assertions.revertWithCustomError(
      (await as(stranger)).write.setOrganisationMetadataURI([ORG, "x"]),
      registry,
      "NotOrganisationAdmin",
    );
    await viem.assertions.emitWithArgs(
      (await as(orgAdmin)).write.setOrganisationMetadataURI([ORG, "ipfs://new"]),
      registry,
      "OrganisationMetadataUpdated",
      [ORG, "ipfs://new"],
    );
    await viem.assertions.revertWithCustomError(
      (await as(stranger)).write.changeOrganisationAdmin([ORG, stranger.account.address]),
      registry,
      "NotOrganisationAdmin",
    );
    await (await as(orgAdmin)).write.changeOrganisationAdmin([ORG, otherAdmin.account.address]);
    assert.equal((await registry.read.organisation([ORG])).admin, getAddress(otherAdmin.account.address));
    await viem.assertions.revertWithCustomError(
      (await as(orgAdmin)).write.addWriter([ORG, stranger.account.address]),
      registry,
      "NotOrganisationAdmin",
    );
    // The registrar recovers an organisation whose admin lost its key.
    await viem.assertions.emitWithArgs(
      registry.write.changeOrganisationAdmin([ORG, orgAdmin.account.address]),
      registry,
      "OrganisationAdminChanged",
      [
        ORG,
        getAddress(otherAdmin.account.address),
        getAddress(orgAdmin.account.address),
        getAddress(deployer.account.address),
      ],
    );
  });

  it("disables every writer while the organisation is suspended, and only the registrar suspends", async () => {
    await viem.assertions.revertWithCustomError(
      (await as(orgAdmin)).write.suspendOrganisation([ORG, zeroHash]),
      registry,
      "AccessControlUnauthorizedAccount",
    );
    const reason = keccak256(toHex("fraud"));
    await viem.assertions.emitWithArgs(
      registry.write.suspendOrganisation([ORG, reason]),
      registry,
      "OrganisationSuspended",
      [ORG, getAddress(deployer.account.address), reason],
    );
    assert.equal(await registry.read.canWrite([ORG, writer.account.address]), false);
    await viem.assertions.revertWithCustomErrorWithArgs(
      (await as(writer)).write.anchorEvent([ORG, keccak256(toHex("e"))]),
      registry,
      "NotOrganisationWriter",
      [ORG, getAddress(writer.account.address)],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      registry.write.suspendOrganisation([ORG, reason]),
      registry,
      "UnexpectedOrganisationStatus",
      [ORG, 2],
    );
    // A writer added while suspended is enabled on reinstatement, like the others.
    await (await as(orgAdmin)).write.addWriter([ORG, relayer.account.address]);
    assert.equal(await registry.read.canWrite([ORG, relayer.account.address]), false);
    await viem.assertions.revertWithCustomError(
      (await as(orgAdmin)).write.reinstateOrganisation([ORG]),
      registry,
      "AccessControlUnauthorizedAccount",
    );
    await viem.assertions.emit(
      registry.write.reinstateOrganisation([ORG]),
      registry,
      "OrganisationReinstated",
    );
    assert.equal(await registry.read.canWrite([ORG, writer.account.address]), true);
    assert.equal(await registry.read.canWrite([ORG, relayer.account.address]), true);
    await viem.assertions.revertWithCustomError(
      registry.write.reinstateOrganisation([ORG]),
      registry,
      "UnexpectedOrganisationStatus",
    );
    await viem.assertions.revertWithCustomError(
      registry.write.suspendOrganisation([OTHER_ORG, reason]),
      registry,
      "OrganisationNotFound",
    );
  });

  it("caps the writers of one organisation", async () => {
    const adminRegistry = await as(orgAdmin);
    const max = await registry.read.MAX_WRITERS_PER_ORGANISATION();
    const existing = BigInt((await registry.read.writers([ORG])).length);
    for (let i = existing; i < max; i++) {
      await adminRegistry.write.addWriter([ORG, `0x${(i + 1n).toString(16).padStart(40, "0")}`]);
    }
    await viem.assertions.revertWithCustomErrorWithArgs(
      adminRegistry.write.addWriter([ORG, stranger.account.address]),
      registry,
      "TooManyWriters",
      [ORG, max],
    );
  });

  it("lets the default admin grant and revoke the registrar role, and no one else", async () => {
    const role = await registry.read.REGISTRAR_ROLE();
    await viem.assertions.revertWithCustomError(
      (await as(stranger)).write.grantRole([role, stranger.account.address]),
      registry,
      "AccessControlUnauthorizedAccount",
    );
    await registry.write.grantRole([role, otherAdmin.account.address]);
    await (await as(otherAdmin)).write.admitOrganisation([OTHER_ORG, otherAdmin.account.address, ""]);
    await registry.write.revokeRole([role, otherAdmin.account.address]);
    await viem.assertions.revertWithCustomError(
      (await as(otherAdmin)).write.suspendOrganisation([OTHER_ORG, zeroHash]),
      registry,
      "AccessControlUnauthorizedAccount",
    );
  });
});

describe("TracemarkRegistry: anchors and Merkle proofs", () => {
  let registry: Awaited<ReturnType<typeof deployed>>["registry"];
  let as: Awaited<ReturnType<typeof deployed>>["as"];
  const events = Array.from({ length: 37 }, (_, i) => keccak256(toHex(`event ${i}`)));
  const [event0, event1] = take(events, 2);
  const tree = StandardMerkleTree.of(
    events.map((e) => [e]),
    ["bytes32"],
  );
  const root = tree.root as Hex;

  before(async () => {
    ({ registry, as } = await deployed());
    await registry.write.admitOrganisation([ORG, orgAdmin.account.address, ""]);
    await registry.write.admitOrganisation([OTHER_ORG, otherAdmin.account.address, ""]);
    await (await as(orgAdmin)).write.addWriter([ORG, writer.account.address]);
    await (await as(otherAdmin)).write.addWriter([OTHER_ORG, relayer.account.address]);
  });

  it("computes the same leaf as @openzeppelin/merkle-tree", async () => {
    for (const [i, e] of events.entries()) {
      assert.equal(await registry.read.leafOf([e]), tree.leafHash([e]), `leaf ${i}`);
    }
  });

  it("anchors a batch root and records who anchored it and when", async () => {
    const manifestHash = keccak256(toHex("manifest"));
    const writerRegistry = await as(writer);
    assert.equal(await registry.read.isAnchored([ORG, root]), false);
    const hash = await writerRegistry.write.anchorBatch([
      ORG,
      root,
      events.length,
      manifestHash,
      "ipfs://manifest",
    ]);
    await viem.assertions.emitWithArgs(hash, registry, "BatchAnchored", [
      ORG,
      root,
      getAddress(writer.account.address),
      events.length,
      manifestHash,
      "ipfs://manifest",
    ]);
    const publicClient = await viem.getPublicClient();
    const receipt = await publicClient.getTransactionReceipt({ hash });
    const block = await publicClient.getBlock({ blockNumber: receipt.blockNumber });
    const anchor = await registry.read.anchorOf([ORG, root]);
    assert.equal(anchor.orgId, ORG);
    assert.equal(BigInt(anchor.anchoredAt), block.timestamp);
    assert.equal(BigInt(anchor.blockNumber), receipt.blockNumber);
    assert.equal(anchor.eventCount, events.length);
    assert.equal(await registry.read.isAnchored([ORG, root]), true);
  });

  it("verifies every event of the batch with its proof", async () => {
    for (const [i, [e]] of tree.entries()) {
      assert.equal(
        await registry.read.verifyEvent([ORG, root, e as Hex, tree.getProof(i) as Hex[]]),
        true,
        `event ${i}`,
      );
    }
    const [e] = tree.at(0) ?? [];
    assert.equal(
      await registry.read.verifyEvent([OTHER_ORG, root, e as Hex, tree.getProof(0) as Hex[]]),
      false,
      "not in another organisation's record",
    );
  });

  it("rejects a tampered event, a wrong root, a proof in the wrong order and a proof of another leaf", async () => {
    const proof = tree.getProof(3) as Hex[];
    const event = tree.at(3)?.[0] as Hex;
    assert.equal(await registry.read.verifyEvent([ORG, root, keccak256(toHex("tampered")), proof]), false);
    const otherTree = StandardMerkleTree.of([[keccak256(toHex("x"))], [keccak256(toHex("y"))]], ["bytes32"]);
    await (await as(writer)).write.anchorBatch([ORG, otherTree.root as Hex, 2, zeroHash, ""]);
    assert.equal(await registry.read.verifyEvent([ORG, otherTree.root as Hex, event, proof]), false);
    assert.equal(await registry.read.verifyEvent([ORG, root, event, [...proof].reverse()]), false);
    assert.equal(await registry.read.verifyEvent([ORG, root, event, tree.getProof(4) as Hex[]]), false);
    assert.equal(await registry.read.verifyEvent([ORG, root, event, proof.slice(1)]), false);
  });

  it("answers false for an event of a root that was never anchored", async () => {
    const unanchored = StandardMerkleTree.of([[event0], [event1]], ["bytes32"]);
    assert.equal(
      await registry.read.verifyEvent([ORG, unanchored.root as Hex, event0, unanchored.getProof(0) as Hex[]]),
      false,
    );
  });

  it("lets another organisation anchor the same root for itself, without blocking or changing the owner's", async () => {
    const copied = keccak256(toHex("a root copied from the mempool"));
    const publicClient = await viem.getPublicClient();
    const copyHash = await (await as(relayer)).write.anchorBatch([OTHER_ORG, copied, 1, zeroHash, ""]);
    await viem.assertions.emitWithArgs(copyHash, registry, "BatchAnchored", [
      OTHER_ORG,
      copied,
      getAddress(relayer.account.address),
      1,
      zeroHash,
      "",
    ]);
    assert.equal(
      await registry.read.isAnchored([ORG, copied]),
      false,
      "the copy anchors nothing for the owner",
    );
    const ownHash = await (await as(writer)).write.anchorBatch([ORG, copied, 5, zeroHash, ""]);
    const ownReceipt = await publicClient.getTransactionReceipt({ hash: ownHash });
    assert.equal(ownReceipt.status, "success");
    const own = await registry.read.anchorOf([ORG, copied]);
    assert.equal(own.orgId, ORG);
    assert.equal(own.eventCount, 5);
    assert.equal(BigInt(own.blockNumber), ownReceipt.blockNumber);
    const theirs = await registry.read.anchorOf([OTHER_ORG, copied]);
    assert.equal(theirs.orgId, OTHER_ORG);
    assert.equal(theirs.eventCount, 1);
  });

  it("refuses a root its organisation already anchored, an empty batch and a zero root", async () => {
    await viem.assertions.revertWithCustomErrorWithArgs(
      (await as(writer)).write.anchorBatch([ORG, root, 1, zeroHash, ""]),
      registry,
      "RootAlreadyAnchored",
      [ORG, root],
    );
    assert.equal(
      (await registry.read.anchorOf([ORG, root])).eventCount,
      events.length,
      "the first anchor stands",
    );
    await viem.assertions.revertWithCustomError(
      (await as(writer)).write.anchorBatch([ORG, keccak256(toHex("r")), 0, zeroHash, ""]),
      registry,
      "EmptyBatch",
    );
    await viem.assertions.revertWithCustomError(
      (await as(writer)).write.anchorBatch([ORG, zeroHash, 1, zeroHash, ""]),
      registry,
      "InvalidRoot",
    );
  });

  it("refuses anchors from non-writers, from a writer of another organisation, and from the organisation's admin", async () => {
    for (const client of [stranger, relayer, orgAdmin, deployer]) {
      await viem.assertions.revertWithCustomErrorWithArgs(
        (await as(client)).write.anchorBatch([ORG, keccak256(toHex("r2")), 1, zeroHash, ""]),
        registry,
        "NotOrganisationWriter",
        [ORG, getAddress(client.account.address)],
      );
      await viem.assertions.revertWithCustomErrorWithArgs(
        (await as(client)).write.anchorEvent([ORG, event0]),
        registry,
        "NotOrganisationWriter",
        [ORG, getAddress(client.account.address)],
      );
    }
  });

  it("anchors a single event as a log that can be found by its hash", async () => {
    const event = keccak256(toHex("single event"));
    const hash = await (await as(writer)).write.anchorEvent([ORG, event]);
    await viem.assertions.emitWithArgs(hash, registry, "EventAnchored", [
      ORG,
      event,
      getAddress(writer.account.address),
    ]);
    const logs = await registry.getEvents.EventAnchored({ eventHash: event }, { fromBlock: 0n });
    const [log] = take(logs, 1);
    assert.equal(logs.length, 1);
    assert.equal(log.args.orgId, ORG);
    assert.equal(log.transactionHash, hash);
    assert.equal(await registry.read.isAnchored([ORG, event]), false, "single events are not stored");
  });
});

describe("TracemarkRegistry: recalls", () => {
  let registry: Awaited<ReturnType<typeof deployed>>["registry"];
  let as: Awaited<ReturnType<typeof deployed>>["as"];
  let lotKey: Hex;

  before(async () => {
    ({ registry, as } = await deployed());
    await registry.write.admitOrganisation([ORG, orgAdmin.account.address, ""]);
    await registry.write.admitOrganisation([OTHER_ORG, otherAdmin.account.address, ""]);
    await (await as(orgAdmin)).write.addWriter([ORG, writer.account.address]);
    await (await as(otherAdmin)).write.addWriter([OTHER_ORG, relayer.account.address]);
    lotKey = await registry.read.lotKeyOf(["09506000134352", "LOT-42"]);
  });

  it("names a lot by keccak256(abi.encode(gtin, lot))", async () => {
    const { encodeAbiParameters } = await import("viem");
    assert.equal(
      lotKey,
      keccak256(encodeAbiParameters([{ type: "string" }, { type: "string" }], ["09506000134352", "LOT-42"])),
    );
  });

  it("declares a recall, refuses a second one, lifts it and lets anyone read the state", async () => {
    const reason = keccak256(toHex("listeria"));
    await viem.assertions.emitWithArgs(
      (await as(writer)).write.declareRecall([ORG, lotKey, reason]),
      registry,
      "RecallDeclared",
      [ORG, lotKey, getAddress(writer.account.address), reason],
    );
    const reader = await viem.getContractAt("TracemarkRegistry", registry.address, {
      client: { wallet: stranger },
    });
    assert.equal(await reader.read.isRecalled([ORG, lotKey]), true);
    await viem.assertions.revertWithCustomErrorWithArgs(
      (await as(writer)).write.declareRecall([ORG, lotKey, reason]),
      registry,
      "LotAlreadyRecalled",
      [ORG, lotKey],
    );
    const liftReason = keccak256(toHex("lab results negative"));
    await viem.assertions.emitWithArgs(
      (await as(writer)).write.liftRecall([ORG, lotKey, liftReason]),
      registry,
      "RecallLifted",
      [ORG, lotKey, getAddress(writer.account.address), liftReason],
    );
    const recall = await reader.read.recallOf([ORG, lotKey]);
    assert.equal(recall.recalled, false);
    assert.equal(recall.reasonHash, reason);
    assert.equal(recall.liftReasonHash, liftReason);
    assert.ok(recall.declaredAt > 0 && recall.liftedAt >= recall.declaredAt);
    await viem.assertions.revertWithCustomError(
      (await as(writer)).write.liftRecall([ORG, lotKey, liftReason]),
      registry,
      "LotNotRecalled",
    );
    // A lifted lot can be recalled again.
    await (await as(writer)).write.declareRecall([ORG, lotKey, reason]);
    assert.equal(await registry.read.isRecalled([ORG, lotKey]), true);
  });

  it("refuses recalls and lifts by non-writers and by another organisation's writers", async () => {
    for (const client of [stranger, relayer, orgAdmin]) {
      await viem.assertions.revertWithCustomErrorWithArgs(
        (await as(client)).write.liftRecall([ORG, lotKey, zeroHash]),
        registry,
        "NotOrganisationWriter",
        [ORG, getAddress(client.account.address)],
      );
      await viem.assertions.revertWithCustomError(
        (await as(client)).write.declareRecall([ORG, keccak256(toHex("lot 2")), zeroHash]),
        registry,
        "NotOrganisationWriter",
      );
    }
    assert.equal(await registry.read.isRecalled([OTHER_ORG, lotKey]), false);
    await viem.assertions.revertWithCustomError(
      (await as(writer)).write.declareRecall([ORG, zeroHash, zeroHash]),
      registry,
      "InvalidLotKey",
    );
  });
});
