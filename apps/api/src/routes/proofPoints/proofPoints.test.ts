import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { before, describe, test } from "node:test";
import { computeEvidenceHash } from "@tracemark/sdk";
import type { Hex } from "viem";
import { type Credentials, call } from "../../testing/actors.ts";
import { createLot } from "../../testing/captureFixtures.ts";
import { type SignedInAuditor, signedInAuditor } from "../../testing/signedInAuditor.ts";
import { signedLotAttestation } from "../../testing/signedLotAttestation.ts";
import { testAppWithActors } from "../../testing/suite.ts";

describe("proof points: requested with evidence, attested as requested, evidence downloads", () => {
  const { t, a } = testAppWithActors({}, { contracts: true });
  let gtin: string;
  let lot: { id: string; lotCode: string };
  let certa: SignedInAuditor;
  let other: SignedInAuditor;
  let report: string;
  let certificate: string;
  let theirs: string;
  let proofPointId: string;
  const validUntil = new Date(Date.now() + 365 * 24 * 3600 * 1000);
  const url = () => `/orgs/${a.orgA.id}/proof-points`;

  async function storeDocument(organizationId: string, text: string, fileName: string) {
    const content = Buffer.from(text);
    const sha256 = createHash("sha256").update(content).digest("hex");
    await t.db.prisma.document.create({
      data: {
        organizationId,
        sha256,
        fileName,
        contentType: "application/pdf",
        size: content.length,
        content,
      },
    });
    return sha256;
  }

  const signed = async (
    signer: SignedInAuditor["account"],
    changes: { claim?: string; evidenceHash?: Hex; expirationTime?: bigint; proofPointId?: string } = {},
  ) => ({
    ...(await signedLotAttestation(t, signer, {
      organizationId: a.orgA.id,
      lot: { ...lot, gtin },
      claim: changes.claim ?? "Organic: EU 2018/848",
      evidenceHash: changes.evidenceHash ?? computeEvidenceHash([`0x${report}`, `0x${certificate}`]),
      expirationTime: changes.expirationTime ?? BigInt(Math.floor(validUntil.getTime() / 1000)),
    })),
    proofPointId: changes.proofPointId ?? proofPointId,
  });

  before(async () => {
    ({ lot, gtin } = await createLot(t, a.orgA.id, "PP-1"));
    certa = await signedInAuditor(t, "Certa Audits");
    other = await signedInAuditor(t, "Other Audits");
    report = await storeDocument(a.orgA.id, "%PDF audit report", "audit-report.pdf");
    certificate = await storeDocument(a.orgA.id, "%PDF organic certificate", "certificate.pdf");
    theirs = await storeDocument(a.orgB.id, "%PDF B's secret", "b.pdf");
  });

  test("an admin requests a proof point with evidence; the auditor is asked to audit the lot", async () => {
    const response = await call(t.app, a.orgA.users.admin, "POST", url(), {
      lotId: lot.id,
      auditorId: certa.auditor.id,
      claim: "organic",
      claimDetail: "EU 2018/848",
      validUntil: validUntil.toISOString(),
      evidence: [
        { sha256: report, public: false },
        { sha256: certificate, public: true },
      ],
    });
    assert.equal(response.statusCode, 201, response.body);
    const created = response.json();
    proofPointId = created.id;
    assert.equal(created.claimText, "Organic: EU 2018/848");
    assert.equal(created.state, "requested");
    assert.equal(created.evidenceHash, computeEvidenceHash([`0x${report}`, `0x${certificate}`]));
    assert.deepEqual(
      created.evidence.map((e: { fileName: string; public: boolean }) => [e.fileName, e.public]),
      [
        ["audit-report.pdf", false],
        ["certificate.pdf", true],
      ],
    );
    const asked = await call(t.app, certa.who, "GET", "/auditor/requests");
    assert.deepEqual(
      asked.json().map((r: { lotCode: string }) => r.lotCode),
      ["PP-1"],
    );
    const listed = await call(t.app, a.orgA.users.viewer, "GET", `${url()}?lotId=${lot.id}`);
    assert.deepEqual(
      listed.json().map((p: { id: string }) => p.id),
      [proofPointId],
    );
    assert.equal((await call(t.app, a.orgB.users.owner, "GET", url())).statusCode, 403);
  });

  test("a request that does not hold up is refused naming the field, with nothing written", async () => {
    const { lot: theirLot } = await createLot(t, a.orgB.id, "B-1");
    const base = {
      lotId: lot.id,
      auditorId: certa.auditor.id,
      claim: "organic",
      evidence: [{ sha256: report }],
    };
    const before = await t.db.prisma.proofPoint.count();
    const cases: [Credentials, unknown, number, string | null][] = [
      // An organisation can't attach evidence to another's lot, nor another's document as evidence.
      [a.orgA.users.admin, { ...base, lotId: theirLot.id }, 404, "body.lotId"],
      [a.orgA.users.admin, { ...base, evidence: [{ sha256: theirs }] }, 422, "body.evidence.0.sha256"],
      [
        a.orgA.users.admin,
        { ...base, evidence: [{ sha256: report }, { sha256: report }] },
        422,
        "body.evidence.1.sha256",
      ],
      [a.orgA.users.admin, { ...base, evidence: [] }, 400, null],
      [a.orgA.users.admin, { ...base, claim: "other" }, 422, "body.claimDetail"],
      [a.orgA.users.admin, { ...base, claim: "miracle" }, 400, null],
      [a.orgA.users.admin, { ...base, validUntil: "2020-01-01T00:00:00Z" }, 422, "body.validUntil"],
      [a.orgA.users.admin, { ...base, auditorId: a.orgA.id }, 404, "body.auditorId"],
      [a.orgA.users.operator, base, 403, null],
    ];
    for (const [who, body, status, field] of cases) {
      const response = await call(t.app, who, "POST", url(), body);
      assert.equal(response.statusCode, status, `${JSON.stringify(body)}: ${response.body}`);
      assert.match(response.headers["content-type"] as string, /application\/problem\+json/);
      if (field) assert.ok(response.body.includes(field), response.body);
    }
    assert.equal(await t.db.prisma.proofPoint.count(), before);
  });

  test("the auditor's lot view shows its inputs, events with places, documents and the proof point asked", async () => {
    const farm = await t.db.prisma.location.create({
      data: {
        organizationId: a.orgA.id,
        gln: "9520123456788",
        name: "Finca Alta",
        city: "Huila",
        country: "CO",
      },
    });
    const beans = await t.db.prisma.lot.create({
      data: {
        organizationId: a.orgA.id,
        productId: (
          await t.db.prisma.product.create({
            data: { organizationId: a.orgA.id, gtin: "09506000134369", name: "Raw beans" },
          })
        ).id,
        lotCode: "RAW-7",
      },
    });
    const roasting = await t.db.prisma.event.create({
      data: {
        organizationId: a.orgA.id,
        eventHash: "ni:///sha-256;pp1?ver=CBV2.0",
        leaf: `0x${"11".repeat(32)}`,
        type: "TransformationEvent",
        bizStep: "commissioning",
        eventTime: new Date("2026-03-01T08:00:00Z"),
        eventTimeZoneOffset: "+00:00",
        bizLocation: `https://id.gs1.org/414/${farm.gln}`,
        document: {},
        identifiers: {
          create: [
            { role: "input", value: "urn:epc:class:lgtin:raw", lotId: beans.id },
            { role: "output", value: "urn:epc:class:lgtin:pp1", lotId: lot.id },
          ],
        },
        attachments: { create: { organizationId: a.orgA.id, documentSha256: report } },
      },
    });
    const view = await call(t.app, certa.who, "GET", `/auditor/lots/${lot.id}`);
    assert.equal(view.statusCode, 200, view.body);
    const body = view.json();
    assert.deepEqual(
      body.inputs.map((i: { lotCode: string; productName: string }) => [i.lotCode, i.productName]),
      [["RAW-7", "Raw beans"]],
    );
    const event = body.events.find((e: { id: string }) => e.id === roasting.id);
    assert.equal(event.place, "Finca Alta, Huila, CO");
    assert.deepEqual(
      body.documents.map((d: { eventId: string; fileName: string }) => [d.eventId, d.fileName]),
      [[roasting.id, "audit-report.pdf"]],
    );
    assert.deepEqual(
      body.proofPoints.map((p: { id: string; claimText: string }) => [p.id, p.claimText]),
      [[proofPointId, "Organic: EU 2018/848"]],
    );
    const others = await call(t.app, other.who, "GET", `/auditor/lots/${lot.id}`);
    assert.equal(others.statusCode, 404);
  });

  test("the auditor downloads its evidence; nobody else does, and the public not before it is attested", async () => {
    const path = `/proof-points/${proofPointId}/evidence/${certificate}`;
    const mine = await call(t.app, certa.who, "GET", `/auditor${path}`);
    assert.equal(mine.statusCode, 200);
    assert.equal(mine.body, "%PDF organic certificate");
    assert.equal(mine.headers["content-security-policy"], "sandbox");
    assert.equal((await call(t.app, other.who, "GET", `/auditor${path}`)).statusCode, 404);
    assert.equal((await call(t.app, a.anonymous, "GET", `/auditor${path}`)).statusCode, 401);
    assert.equal((await call(t.app, a.anonymous, "GET", `/public${path}`)).statusCode, 404);
  });

  test("an attestation of a proof point must carry what was requested, by whom it was asked", async () => {
    const before = await t.db.prisma.attestation.count();
    const later = BigInt(Math.floor(validUntil.getTime() / 1000) + 1);
    const cases: [SignedInAuditor, Record<string, unknown>, number, string][] = [
      // An auditor can't attest a proof point that was not asked of them.
      [other, await signed(other.account), 404, "asked"],
      [certa, await signed(certa.account, { claim: "Organic" }), 422, "Organic: EU 2018/848"],
      [certa, await signed(certa.account, { evidenceHash: `0x${report}` }), 422, "evidence hash"],
      [certa, await signed(certa.account, { expirationTime: later }), 422, "expirationTime"],
      [certa, await signed(certa.account, { expirationTime: 0n }), 422, "expirationTime"],
    ];
    for (const [who, body, status, words] of cases) {
      const response = await call(t.app, who.who, "POST", "/attestations", body);
      assert.equal(response.statusCode, status, response.body);
      assert.ok(response.body.includes(words), response.body);
    }
    assert.equal(await t.db.prisma.attestation.count(), before);
  });

  test("attested as requested: stored against the proof point, once; then public evidence downloads", async () => {
    const response = await call(t.app, certa.who, "POST", "/attestations", await signed(certa.account));
    assert.equal(response.statusCode, 201, response.body);
    const stored = await t.db.prisma.attestation.findUniqueOrThrow({ where: { id: response.json().id } });
    assert.equal(stored.proofPointId, proofPointId);
    const again = await call(t.app, certa.who, "POST", "/attestations", await signed(certa.account));
    assert.equal(again.statusCode, 409, again.body);
    const [listed] = (await call(t.app, a.orgA.users.viewer, "GET", url())).json();
    assert.equal(listed.state, "attested");
    assert.equal(listed.attestation.status, "pending");

    const path = (sha256: string) => `/public/proof-points/${proofPointId}/evidence/${sha256}`;
    const open = await call(t.app, a.anonymous, "GET", path(certificate));
    assert.equal(open.statusCode, 200);
    assert.equal(createHash("sha256").update(open.rawPayload).digest("hex"), certificate);
    assert.equal((await call(t.app, a.anonymous, "GET", path(report))).statusCode, 404);
  });

  test("the consumer's record shows the proof point with its evidence, and keeps it, flagged, once revoked", async () => {
    const recordUrl = `/public/01/${gtin}/10/${lot.lotCode}`;
    const record = (await call(t.app, a.anonymous, "GET", recordUrl)).json();
    const [attestation] = record.attestations;
    assert.equal(attestation.claim, "Organic: EU 2018/848");
    assert.deepEqual(
      attestation.proofPoint.evidence.map((e: { sha256: string }) => e.sha256),
      [`0x${report}`, `0x${certificate}`],
    );
    assert.equal(attestation.revokedAt, undefined);
    const [shown] = record.display.attestations;
    assert.equal(shown.proofPoint.claim, "organic");
    assert.deepEqual(
      shown.proofPoint.evidence.map((e: { fileName: string; path: string | null }) => [e.fileName, e.path]),
      [
        ["audit-report.pdf", null],
        ["certificate.pdf", `/public/proof-points/${proofPointId}/evidence/${certificate}`],
      ],
    );

    // Revoked on chain (as the indexer records EAS's Revoked): still shown, with when.
    const revokedAt = new Date("2026-12-01T10:00:00Z");
    await t.db.prisma.attestation.updateMany({
      where: { proofPointId },
      data: { status: "revoked", revokedAt, uid: `0x${"ab".repeat(32)}` },
    });
    const after = (await call(t.app, a.anonymous, "GET", recordUrl)).json();
    assert.equal(after.attestations[0].revokedAt, revokedAt.toISOString());
    assert.equal(after.display.attestations[0].revokedAt, revokedAt.toISOString());
    const [listed] = (await call(t.app, a.orgA.users.viewer, "GET", url())).json();
    assert.equal(listed.state, "revoked");
  });
});
