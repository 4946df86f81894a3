import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { concat, type Hex, keccak256, sha256, toHex } from "viem";
import { computeEvidenceHash } from "./computeEvidenceHash.ts";
import { formatProofPointClaim } from "./proofPointClaims.ts";

const report = sha256(toHex("audit report"));
const certificate = sha256(toHex("certificate"));

describe("proof point claims and evidence", () => {
  it("words a claim with its detail, and `other` by its detail alone", () => {
    assert.equal(formatProofPointClaim({ claim: "organic" }), "Organic");
    assert.equal(
      formatProofPointClaim({ claim: "organic", detail: " EU 2018/848 " }),
      "Organic: EU 2018/848",
    );
    assert.equal(formatProofPointClaim({ claim: "other", detail: "Hand-picked" }), "Hand-picked");
  });

  it("commits to one document by its own hash, and to several by their sorted hashes", () => {
    assert.equal(computeEvidenceHash([report]), report);
    const sorted = [report, certificate].sort() as Hex[];
    assert.equal(computeEvidenceHash([report, certificate]), keccak256(concat(sorted)));
    assert.equal(computeEvidenceHash([certificate, report]), computeEvidenceHash([report, certificate]));
    assert.equal(computeEvidenceHash([report.toUpperCase().replace("0X", "0x") as Hex]), report);
    assert.notEqual(computeEvidenceHash([report, certificate]), computeEvidenceHash([report]));
  });

  it("refuses no evidence, and a hash that is not 32 bytes", () => {
    assert.throws(() => computeEvidenceHash([]), /at least one/);
    assert.throws(() => computeEvidenceHash(["0x1234"]), /32 bytes/);
  });
});
