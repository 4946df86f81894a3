import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hashTypedData, keccak256, toHex, zeroHash } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { getAuditSchemaUid } from "./auditSchema.ts";
import { attestTypes, buildAttestationTypedData } from "./buildAttestationTypedData.ts";
import { buildRevocationTypedData, revokeTypes } from "./buildRevocationTypedData.ts";
import { decodeAuditData, encodeAuditData } from "./encodeAuditData.ts";
import { recoverAttestationSigner } from "./recoverAttestationSigner.ts";
import type { AuditData, EasDomain } from "./types.ts";

const auditor = privateKeyToAccount("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
const other = privateKeyToAccount("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
const domain: EasDomain = {
  name: "EAS",
  version: "1.4.0",
  chainId: 31337,
  verifyingContract: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
};
const audit: AuditData = {
  orgId: "0x0123456789abcdef0123456789abcdef",
  subjectKind: "lot",
  subject: keccak256(toHex("lot")),
  claim: "EU organic (EC 2018/848) compliant",
  evidenceHash: keccak256(toHex("report.pdf")),
};

function typeString(name: string, fields: readonly { name: string; type: string }[]) {
  return `${name}(${fields.map((f) => `${f.type} ${f.name}`).join(",")})`;
}

describe("EAS typed data", () => {
  it("uses EAS's exact ATTEST and REVOKE type hashes", () => {
    assert.equal(
      keccak256(toHex(typeString("Attest", attestTypes.Attest))),
      "0xfeb2925a02bae3dae48d424a0437a2b6ac939aa9230ddc55a1a76f065d988076",
    );
    assert.equal(
      keccak256(toHex(typeString("Revoke", revokeTypes.Revoke))),
      "0xb5d556f07587ec0f08cf386545cc4362c702a001650c2058002615ee5c9d1e75",
    );
  });

  it("a signature recovers to the auditor, and not after any change to the message or domain", async () => {
    const schema = getAuditSchemaUid("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512");
    const typedData = buildAttestationTypedData({
      domain,
      attester: auditor.address,
      schema,
      data: encodeAuditData(audit),
      expirationTime: 0n,
      nonce: 0n,
      deadline: 0n,
    });
    assert.equal(typedData.message.refUID, zeroHash);
    const signature = await auditor.signTypedData(typedData);
    assert.equal(await recoverAttestationSigner({ typedData, signature }), auditor.address);
    const changedData = {
      ...typedData,
      message: { ...typedData.message, data: encodeAuditData({ ...audit, claim: "x" }) },
    };
    assert.notEqual(await recoverAttestationSigner({ typedData: changedData, signature }), auditor.address);
    const otherChain = { ...typedData, domain: { ...domain, chainId: 1 } };
    assert.notEqual(hashTypedData(otherChain), hashTypedData(typedData));
    assert.notEqual(await recoverAttestationSigner({ typedData: otherChain, signature }), auditor.address);
    const forged = await other.signTypedData(typedData);
    assert.equal(await recoverAttestationSigner({ typedData, signature: forged }), other.address);
  });

  it("revocation typed data recovers to the revoker", async () => {
    const typedData = buildRevocationTypedData({
      domain,
      revoker: auditor.address,
      schema: zeroHash,
      uid: keccak256(toHex("uid")),
      nonce: 1n,
      deadline: 0n,
    });
    const signature = await auditor.signTypedData(typedData);
    assert.equal(await recoverAttestationSigner({ typedData, signature }), auditor.address);
  });
});

describe("audit data", () => {
  it("round-trips through the schema encoding", () => {
    assert.deepEqual(decodeAuditData(encodeAuditData(audit)), audit);
  });

  it("rejects data of another shape", () => {
    assert.throws(() => decodeAuditData("0x1234"), /does not follow the Tracemark audit schema/);
  });
});
