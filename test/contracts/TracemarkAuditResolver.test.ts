import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { network } from "hardhat";
import {
  type Address,
  encodeFunctionData,
  getAddress,
  type Hex,
  keccak256,
  parseEventLogs,
  toHex,
  zeroAddress,
  zeroHash,
} from "viem";
import {
  deployTracemark,
  easDomain,
  easTypes,
  encodeAudit,
  orgIdOf,
  splitSignature,
  take,
} from "./helpers.ts";

const connection = await network.create();
const { viem, networkHelpers } = connection;
const [deployer, auditor, relayer, stranger, walletOwner, formerAuditor] = take(
  await viem.getWalletClients(),
  6,
);
const publicClient = await viem.getPublicClient();
const chainId = await publicClient.getChainId();
const { eas, resolver, schemaRegistry, auditSchema, auditSchemaUid } = await deployTracemark(connection);
const wallet = await viem.deployContract("ERC1271WalletMock", [walletOwner.account.address]);

const lotAudit = encodeAudit({
  orgId: orgIdOf("acme farms"),
  subjectKind: 1,
  subject: keccak256(toHex("09506000134352/LOT-42")),
  claim: "EU organic (EC 2018/848) compliant",
  evidenceHash: keccak256(toHex("audit report")),
});

type Signer = typeof auditor;

/** An auditor's EIP-712 signature of a delegated attestation, as a wallet would produce it. */
async function signAttest(
  signer: Signer,
  opts: {
    attester?: Address;
    deadline?: bigint;
    nonce?: bigint;
    chainId?: number;
    verifyingContract?: Address;
    expirationTime?: bigint;
  } = {},
) {
  const attester = opts.attester ?? signer.account.address;
  const message = {
    attester,
    schema: auditSchemaUid,
    recipient: zeroAddress,
    expirationTime: opts.expirationTime ?? 0n,
    revocable: true,
    refUID: zeroHash,
    data: lotAudit,
    value: 0n,
    nonce: opts.nonce ?? (await eas.read.getNonce([attester])),
    deadline: opts.deadline ?? 0n,
  };
  const signature = await signer.signTypedData({
    domain: easDomain(opts.chainId ?? chainId, opts.verifyingContract ?? eas.address),
    types: easTypes,
    primaryType: "Attest",
    message,
  });
  return {
    schema: auditSchemaUid,
    data: {
      recipient: message.recipient,
      expirationTime: message.expirationTime,
      revocable: message.revocable,
      refUID: message.refUID,
      data: message.data,
      value: message.value,
    },
    signature: splitSignature(signature),
    attester,
    deadline: message.deadline,
  };
}

const relayerEas = await viem.getContractAt("EAS", eas.address, { client: { wallet: relayer } });
const easAs = (client: Signer) => viem.getContractAt("EAS", eas.address, { client: { wallet: client } });
const resolverAs = (client: Signer) =>
  viem.getContractAt("TracemarkAuditResolver", resolver.address, { client: { wallet: client } });

/** A Tracemark audit attestation sent by the auditor itself (no delegation). */
async function attestDirectly(client: Signer): Promise<Hex> {
  return (await easAs(client)).write.attest([
    {
      schema: auditSchemaUid,
      data: {
        recipient: zeroAddress,
        expirationTime: 0n,
        revocable: true,
        refUID: zeroHash,
        data: lotAudit,
        value: 0n,
      },
    },
  ]);
}

/** The uid of the attestation made by a transaction. */
async function attestedUid(hash: Hex): Promise<Hex> {
  const receipt = await publicClient.waitForTransactionReceipt({ hash });
  const [log] = parseEventLogs({ abi: eas.abi, logs: receipt.logs, eventName: "Attested" });
  if (!log) throw new Error(`no Attested log in ${hash}`);
  return log.args.uid;
}

describe("TracemarkAuditResolver: deployment", () => {
  it("registers the audit schema with our resolver, revocable, under the documented uid", async () => {
    const record = await schemaRegistry.read.getSchema([auditSchemaUid]);
    assert.equal(record.uid, auditSchemaUid);
    assert.equal(record.resolver, getAddress(resolver.address));
    assert.equal(record.revocable, true);
    assert.equal(record.schema, auditSchema);
    assert.equal(
      auditSchema,
      "bytes16 orgId,uint8 subjectKind,bytes32 subject,string claim,bytes32 evidenceHash",
    );
  });

  it("uses the EIP-712 domain the helpers sign with", async () => {
    const { hashDomain } = await import("viem");
    assert.equal(
      await eas.read.getDomainSeparator(),
      hashDomain({
        domain: { ...easDomain(chainId, eas.address), chainId: BigInt(chainId) },
        types: {
          EIP712Domain: [
            { name: "name", type: "string" },
            { name: "version", type: "string" },
            { name: "chainId", type: "uint256" },
            { name: "verifyingContract", type: "address" },
          ],
        },
      }),
    );
  });
});

describe("TracemarkAuditResolver: accreditation", () => {
  it("lets only the registrar accredit and de-accredit", async () => {
    const role = await resolver.read.REGISTRAR_ROLE();
    await viem.assertions.revertWithCustomErrorWithArgs(
      (await resolverAs(stranger)).write.accreditAuditor([stranger.account.address, ""]),
      resolver,
      "AccessControlUnauthorizedAccount",
      [getAddress(stranger.account.address), role],
    );
    await viem.assertions.emitWithArgs(
      resolver.write.accreditAuditor([auditor.account.address, "https://auditor.example"]),
      resolver,
      "AuditorAccredited",
      [getAddress(auditor.account.address), getAddress(deployer.account.address), "https://auditor.example"],
    );
    assert.equal(await resolver.read.isAccredited([auditor.account.address]), true);
    await viem.assertions.revertWithCustomError(
      resolver.write.accreditAuditor([auditor.account.address, ""]),
      resolver,
      "AuditorAlreadyAccredited",
    );
    await viem.assertions.revertWithCustomError(
      resolver.write.accreditAuditor([zeroAddress, ""]),
      resolver,
      "InvalidAuditor",
    );
    await viem.assertions.revertWithCustomError(
      (await resolverAs(auditor)).write.deaccreditAuditor([auditor.account.address, zeroHash]),
      resolver,
      "AccessControlUnauthorizedAccount",
    );
    await viem.assertions.revertWithCustomError(
      resolver.write.deaccreditAuditor([stranger.account.address, zeroHash]),
      resolver,
      "AuditorNotAccredited",
    );
    await resolver.write.accreditAuditor([wallet.address, "https://multisig-auditor.example"]);
    await resolver.write.accreditAuditor([formerAuditor.account.address, ""]);
  });

  it("only takes calls from EAS", async () => {
    await viem.assertions.revertWithCustomError(
      (await resolverAs(auditor)).write.attest([
        {
          uid: zeroHash,
          schema: auditSchemaUid,
          time: 0n,
          expirationTime: 0n,
          revocationTime: 0n,
          refUID: zeroHash,
          recipient: zeroAddress,
          attester: auditor.account.address,
          revocable: true,
          data: lotAudit,
        },
      ]),
      resolver,
      "AccessDenied",
    );
  });
});

describe("TracemarkAuditResolver: attestations", () => {
  let eoaUid: Hex;
  let walletUid: Hex;

  it("admits a direct attestation by an accredited auditor", async () => {
    const hash = await attestDirectly(auditor);
    const uid = await attestedUid(hash);
    const attestation = await eas.read.getAttestation([uid]);
    assert.equal(attestation.attester, getAddress(auditor.account.address));
    assert.equal(attestation.data, lotAudit);
    assert.equal(await eas.read.isAttestationValid([uid]), true);
  });

  it("admits a delegated attestation signed by an accredited EOA and paid by a relayer", async () => {
    const expirationTime = BigInt(await networkHelpers.time.latest()) + 365n * 86_400n;
    const request = await signAttest(auditor, { expirationTime });
    const hash = await relayerEas.write.attestByDelegation([request]);
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    assert.equal(receipt.from, relayer.account.address.toLowerCase(), "the relayer paid");
    eoaUid = await attestedUid(hash);
    const attestation = await eas.read.getAttestation([eoaUid]);
    assert.equal(attestation.attester, getAddress(auditor.account.address));
    assert.equal(attestation.expirationTime, expirationTime);
    assert.equal(attestation.schema, auditSchemaUid);
  });

  it("admits a delegated attestation by an accredited ERC-1271 smart-contract wallet", async () => {
    const request = await signAttest(walletOwner, { attester: wallet.address });
    walletUid = await attestedUid(await relayerEas.write.attestByDelegation([request]));
    assert.equal((await eas.read.getAttestation([walletUid])).attester, getAddress(wallet.address));
  });

  it("refuses a wallet signature made by a key that does not own the wallet", async () => {
    const request = await signAttest(stranger, { attester: wallet.address });
    await viem.assertions.revertWithCustomError(
      relayerEas.write.attestByDelegation([request]),
      eas,
      "InvalidSignature",
    );
  });

  it("refuses a non-accredited auditor, directly and by delegation", async () => {
    await viem.assertions.revertWithCustomErrorWithArgs(
      attestDirectly(stranger),
      resolver,
      "AuditorNotAccredited",
      [getAddress(stranger.account.address)],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      relayerEas.write.attestByDelegation([await signAttest(stranger)]),
      resolver,
      "AuditorNotAccredited",
      [getAddress(stranger.account.address)],
    );
  });

  it("refuses a de-accredited auditor, EOA or wallet, but keeps their earlier attestations", async () => {
    const before = await signAttest(formerAuditor);
    await viem.assertions.emit(
      resolver.write.deaccreditAuditor([
        formerAuditor.account.address,
        keccak256(toHex("licence withdrawn")),
      ]),
      resolver,
      "AuditorDeaccredited",
    );
    assert.equal(await resolver.read.isAccredited([formerAuditor.account.address]), false);
    const accreditation = await resolver.read.accreditationOf([formerAuditor.account.address]);
    assert.ok(accreditation.until >= accreditation.since && accreditation.since > 0);
    await viem.assertions.revertWithCustomError(
      relayerEas.write.attestByDelegation([before]),
      resolver,
      "AuditorNotAccredited",
    );

    await resolver.write.deaccreditAuditor([wallet.address, zeroHash]);
    await viem.assertions.revertWithCustomError(
      relayerEas.write.attestByDelegation([await signAttest(walletOwner, { attester: wallet.address })]),
      resolver,
      "AuditorNotAccredited",
    );
    assert.equal(await eas.read.isAttestationValid([walletUid]), true);
    await resolver.write.accreditAuditor([wallet.address, ""]);
  });

  it("refuses a replayed delegated signature", async () => {
    const request = await signAttest(auditor);
    await relayerEas.write.attestByDelegation([request]);
    await viem.assertions.revertWithCustomError(
      relayerEas.write.attestByDelegation([request]),
      eas,
      "InvalidSignature",
    );
  });

  it("refuses an expired delegated signature", async () => {
    const deadline = BigInt(await networkHelpers.time.latest()) + 60n;
    const request = await signAttest(auditor, { deadline });
    await networkHelpers.time.increase(120);
    await viem.assertions.revertWithCustomError(
      relayerEas.write.attestByDelegation([request]),
      eas,
      "DeadlineExpired",
    );
  });

  it("refuses a signature made for another chain", async () => {
    const request = await signAttest(auditor, { chainId: chainId + 1 });
    await viem.assertions.revertWithCustomError(
      relayerEas.write.attestByDelegation([request]),
      eas,
      "InvalidSignature",
    );
  });

  it("refuses a signature made for another EAS contract", async () => {
    const otherEas = await viem.deployContract("EAS", [schemaRegistry.address]);
    const request = await signAttest(auditor, { verifyingContract: otherEas.address });
    await viem.assertions.revertWithCustomError(
      relayerEas.write.attestByDelegation([request]),
      eas,
      "InvalidSignature",
    );
  });

  it("lets the auditor revoke, directly and by delegation, and no one else", async () => {
    await viem.assertions.revertWithCustomError(
      (await easAs(stranger)).write.revoke([{ schema: auditSchemaUid, data: { uid: eoaUid, value: 0n } }]),
      eas,
      "AccessDenied",
    );
    const nonce = await eas.read.getNonce([auditor.account.address]);
    const signature = await auditor.signTypedData({
      domain: easDomain(chainId, eas.address),
      types: easTypes,
      primaryType: "Revoke",
      message: {
        revoker: auditor.account.address,
        schema: auditSchemaUid,
        uid: eoaUid,
        value: 0n,
        nonce,
        deadline: 0n,
      },
    });
    await viem.assertions.emit(
      relayerEas.write.revokeByDelegation([
        {
          schema: auditSchemaUid,
          data: { uid: eoaUid, value: 0n },
          signature: splitSignature(signature),
          revoker: auditor.account.address,
          deadline: 0n,
        },
      ]),
      eas,
      "Revoked",
    );
    assert.ok((await eas.read.getAttestation([eoaUid])).revocationTime > 0n);
    await viem.assertions.revertWithCustomError(
      (await easAs(auditor)).write.revoke([{ schema: auditSchemaUid, data: { uid: eoaUid, value: 0n } }]),
      eas,
      "AlreadyRevoked",
    );
  });

  it("lets an ERC-1271 wallet revoke its attestation through the wallet", async () => {
    const walletAsOwner = await viem.getContractAt("ERC1271WalletMock", wallet.address, {
      client: { wallet: walletOwner },
    });
    const revoke = encodeFunctionData({
      abi: eas.abi,
      functionName: "revoke",
      args: [{ schema: auditSchemaUid, data: { uid: walletUid, value: 0n } }],
    });
    await walletAsOwner.write.execute([eas.address, revoke]);
    assert.ok((await eas.read.getAttestation([walletUid])).revocationTime > 0n);
  });

  it("lets a de-accredited auditor still revoke what it attested", async () => {
    const uid = await attestedUid(await attestDirectly(auditor));
    await resolver.write.deaccreditAuditor([auditor.account.address, zeroHash]);
    await (await easAs(auditor)).write.revoke([{ schema: auditSchemaUid, data: { uid, value: 0n } }]);
    assert.ok((await eas.read.getAttestation([uid])).revocationTime > 0n);
  });
});
