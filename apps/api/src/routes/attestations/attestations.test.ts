import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { buildRevocationTypedData, computeLotKey } from "@tracemark/sdk";
import { type Hex, keccak256, stringToHex, zeroHash } from "viem";
import { getEasSettings } from "../../services/attestations/getEasSettings.ts";
import { registryIdOf } from "../../services/orgs/platform.ts";
import { type Credentials, call } from "../../testing/actors.ts";
import { createLot } from "../../testing/captureFixtures.ts";
import { type SignedInAuditor, signedInAuditor } from "../../testing/signedInAuditor.ts";
import { signedLotAttestation } from "../../testing/signedLotAttestation.ts";
import { testAppWithActors } from "../../testing/suite.ts";

describe("audit requests, the auditor's side, attestations and revocations", () => {
  // EAS deployed: the API reads the auditor's EAS nonce from it.
  const { t, a } = testAppWithActors({}, { contracts: true });
  let gtin: string;
  let lot: { id: string; lotCode: string };
  let otherLot: { id: string; lotCode: string };
  let accredited: SignedInAuditor;
  let second: SignedInAuditor;
  let withdrawn: SignedInAuditor;

  before(async () => {
    const product = await t.db.prisma.product.create({
      data: { organizationId: a.orgA.id, gtin: "09506000134352", name: "Cocoa beans" },
    });
    gtin = product.gtin;
    lot = await t.db.prisma.lot.create({
      data: { organizationId: a.orgA.id, productId: product.id, lotCode: "C-1" },
    });
    otherLot = await t.db.prisma.lot.create({
      data: { organizationId: a.orgA.id, productId: product.id, lotCode: "C-2" },
    });
    accredited = await signedInAuditor(t, "Bureau Veritas test");
    second = await signedInAuditor(t, "Second auditor");
    withdrawn = await signedInAuditor(t, "Withdrawn auditor", false);
  });

  /** A signed delegated attestation about `subjectLot`, as the web app would send it. */
  const signedAttestation = (
    signer: SignedInAuditor["account"],
    subjectLot: { id: string; lotCode: string },
    changes: {
      claim?: string;
      orgId?: Hex;
      expirationTime?: bigint;
      nonce?: bigint;
      domainChainId?: number;
    } = {},
  ) =>
    signedLotAttestation(t, signer, {
      ...changes,
      organizationId: a.orgA.id,
      lot: { ...subjectLot, gtin },
      claim: changes.claim ?? "EU organic (EC 2018/848) compliant",
      evidenceHash: keccak256(stringToHex("audit-report.pdf")),
    });

  test("GET /auditors lists accredited auditors to signed-in callers only", async () => {
    const response = await call(t.app, a.orgA.users.viewer, "GET", "/auditors");
    assert.equal(response.statusCode, 200);
    const names = response.json().map((x: { displayName: string }) => x.displayName);
    assert.ok(names.includes("Bureau Veritas test") && !names.includes("Withdrawn auditor"));
    assert.equal((await call(t.app, a.anonymous, "GET", "/auditors")).statusCode, 401);
  });

  test("an admin asks an auditor to audit a lot; twice is a 409; bad ids are 404s naming the field", async () => {
    const url = `/orgs/${a.orgA.id}/audit-requests`;
    const body = { auditorId: accredited.auditor.id, lotId: lot.id, note: "Organic certification 2026" };
    const created = await call(t.app, a.orgA.users.admin, "POST", url, body);
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().lotCode, "C-1");
    assert.equal((await call(t.app, a.orgA.users.admin, "POST", url, body)).statusCode, 409);
    assert.equal((await call(t.app, a.orgA.users.operator, "POST", url, body)).statusCode, 403);
    const withdrawnAsked = await call(t.app, a.orgA.users.admin, "POST", url, {
      auditorId: withdrawn.auditor.id,
      lotId: lot.id,
    });
    assert.equal(withdrawnAsked.statusCode, 404);
    assert.equal(withdrawnAsked.json().errors[0].field, "body.auditorId");
    const { lot: theirLot } = await createLot(t, a.orgB.id, "B-1");
    const foreign = await call(t.app, a.orgA.users.admin, "POST", url, {
      auditorId: accredited.auditor.id,
      lotId: theirLot.id,
    });
    assert.equal(foreign.statusCode, 404);
    assert.equal(foreign.json().errors[0].field, "body.lotId");
    const list = (await call(t.app, a.orgA.users.viewer, "GET", url)).json();
    assert.deepEqual(
      list.map((r: { lotCode: string; auditorName: string }) => [r.lotCode, r.auditorName]),
      [["C-1", "Bureau Veritas test"]],
    );
  });

  test("the auditor sees the lots asked of them, and a lot's detail only when asked", async () => {
    const requests = await call(t.app, accredited.who, "GET", "/auditor/requests");
    assert.equal(requests.statusCode, 200);
    assert.deepEqual(
      requests
        .json()
        .map((r: { lotCode: string; organizationName: string; gtin: string }) => [
          r.lotCode,
          r.organizationName,
          r.gtin,
        ]),
      [["C-1", "Org A", gtin]],
    );
    const event = await t.db.prisma.event.create({
      data: {
        organizationId: a.orgA.id,
        eventHash: "ni:///sha-256;00?ver=CBV2.0",
        leaf: zeroHash,
        type: "ObjectEvent",
        action: "ADD",
        bizStep: "commissioning",
        eventTime: new Date("2026-03-01T08:00:00Z"),
        eventTimeZoneOffset: "+00:00",
        lotId: lot.id,
        document: {},
      },
    });
    // An auditor asked about the lot is one of the organisation's partners: it sees its partner-visible
    // events, not its private ones.
    const [partnerEvent] = await Promise.all(
      (["partners", "private"] as const).map((visibility, i) =>
        t.db.prisma.event.create({
          data: {
            organizationId: a.orgA.id,
            eventHash: `ni:///sha-256;0${i + 1}?ver=CBV2.0`,
            leaf: zeroHash,
            type: "ObjectEvent",
            action: "OBSERVE",
            bizStep: "storing",
            eventTime: new Date(`2026-03-0${i + 2}T08:00:00Z`),
            eventTimeZoneOffset: "+00:00",
            lotId: lot.id,
            document: {},
            visibility,
          },
        }),
      ),
    );
    const detail = await call(t.app, accredited.who, "GET", `/auditor/lots/${lot.id}`);
    assert.equal(detail.statusCode, 200, detail.body);
    assert.deepEqual(
      detail.json().events.map((e: { id: string }) => e.id),
      [event.id, partnerEvent?.id],
    );
    assert.equal(detail.json().attestationSubject.subject, computeLotKey({ gtin, lot: "C-1" }));
    assert.equal(detail.json().attestationSubject.orgId, await registryIdOf(t.db.prisma, a.orgA.id));
    assert.equal((await call(t.app, accredited.who, "GET", `/auditor/lots/${otherLot.id}`)).statusCode, 404);
    assert.equal((await call(t.app, second.who, "GET", `/auditor/lots/${lot.id}`)).statusCode, 404);
    assert.equal((await call(t.app, a.orgA.users.owner, "GET", "/auditor/requests")).statusCode, 403);
    assert.equal((await call(t.app, withdrawn.who, "GET", "/auditor/requests")).statusCode, 403);
  });

  test("a signed attestation about a requested lot is stored pending with an outbox row", async () => {
    const body = await signedAttestation(accredited.account, lot);
    const response = await call(t.app, accredited.who, "POST", "/attestations", body);
    assert.equal(response.statusCode, 201, response.body);
    const attestation = response.json();
    assert.equal(attestation.status, "pending");
    assert.equal(attestation.claim, "EU organic (EC 2018/848) compliant");
    assert.equal(attestation.auditorAddress, accredited.account.address.toLowerCase());
    assert.equal(attestation.expiresAt, null);
    const items = await t.db.prisma.outboxItem.findMany({ where: { refId: attestation.id } });
    assert.deepEqual(
      items.map((i) => [i.kind, i.organizationId]),
      [["attestation", a.orgA.id]],
    );
    const stored = await t.db.prisma.attestation.findUniqueOrThrow({ where: { id: attestation.id } });
    assert.equal((stored.delegated as { signature: string }).signature, body.signature);

    const again = await call(t.app, accredited.who, "POST", "/attestations", body);
    assert.equal(again.statusCode, 409);

    const orgList = (await call(t.app, a.orgA.users.viewer, "GET", `/orgs/${a.orgA.id}/attestations`)).json();
    assert.deepEqual(
      orgList.items.map((x: { id: string; auditorName: string }) => [x.id, x.auditorName]),
      [[attestation.id, "Bureau Veritas test"]],
    );
    assert.equal(
      (await call(t.app, a.orgB.users.viewer, "GET", `/orgs/${a.orgB.id}/attestations`)).json().items.length,
      0,
    );
    const mine = (await call(t.app, accredited.who, "GET", "/auditor/attestations")).json();
    assert.deepEqual(
      mine.items.map((x: { id: string }) => x.id),
      [attestation.id],
    );
    assert.equal((await call(t.app, second.who, "GET", "/auditor/attestations")).json().items.length, 0);
  });

  test("attestations that do not hold up are refused naming the field, with nothing written", async () => {
    const before = [await t.db.prisma.attestation.count(), await t.db.prisma.outboxItem.count()];
    const forged = await signedAttestation(second.account, lot, { nonce: 1n });
    const cases: [Credentials, unknown, number, string | null][] = [
      // Signed by someone else's key but claiming the accredited auditor as attester.
      [
        accredited.who,
        { ...forged, message: { ...forged.message, attester: accredited.account.address } },
        422,
        "body.signature",
      ],
      // Another auditor's own signature, sent by the accredited auditor.
      [accredited.who, forged, 422, "body.message.attester"],
      // A lot not asked of this auditor.
      [accredited.who, await signedAttestation(accredited.account, otherLot, { nonce: 1n }), 404, null],
      // The lot of another organisation named in the data.
      [
        accredited.who,
        await signedAttestation(accredited.account, lot, {
          orgId: await registryIdOf(t.db.prisma, a.orgB.id),
          nonce: 1n,
        }),
        422,
        "body.message.data",
      ],
      // Signed for another chain.
      [
        accredited.who,
        await signedAttestation(accredited.account, lot, { domainChainId: 1, nonce: 1n }),
        422,
        "body.signature",
      ],
      // Already expired.
      [
        accredited.who,
        await signedAttestation(accredited.account, lot, { expirationTime: 1_000n, nonce: 1n }),
        422,
        "body.message.expirationTime",
      ],
      [
        accredited.who,
        await signedAttestation(accredited.account, lot, { claim: "  ", nonce: 1n }),
        422,
        "body.message.data",
      ],
      // A withdrawn auditor cannot attest.
      [withdrawn.who, await signedAttestation(withdrawn.account, lot), 403, null],
      // An organisation member is not an auditor.
      [a.orgA.users.owner, await signedAttestation(accredited.account, lot, { nonce: 1n }), 403, null],
    ];
    for (const [who, body, status, field] of cases) {
      const response = await call(t.app, who, "POST", "/attestations", body);
      assert.equal(response.statusCode, status, response.body);
      if (field) assert.equal(response.json().errors[0].field, field, response.body);
    }
    const good = await signedAttestation(accredited.account, lot, { nonce: 1n });
    const badSchema = await call(t.app, accredited.who, "POST", "/attestations", {
      ...good,
      message: { ...good.message, schema: zeroHash },
    });
    assert.equal(badSchema.json().errors[0].field, "body.message.schema");
    const badData = await call(t.app, accredited.who, "POST", "/attestations", {
      ...good,
      message: { ...good.message, data: "0x1234" },
    });
    assert.equal(badData.json().errors[0].field, "body.message.data");
    const hugeNonce = await call(t.app, accredited.who, "POST", "/attestations", {
      ...good,
      message: { ...good.message, nonce: "9".repeat(78) },
    });
    assert.equal(hugeNonce.json().errors[0].field, "body.message.nonce");
    const badShape = await call(t.app, accredited.who, "POST", "/attestations", {
      ...good,
      signature: "0x12",
    });
    assert.equal(badShape.statusCode, 400);
    assert.equal(badShape.json().errors[0].field, "body.signature");
    assert.deepEqual([await t.db.prisma.attestation.count(), await t.db.prisma.outboxItem.count()], before);
  });

  test("revocation: only on chain, only with the auditor's signed revocation; then outbox revocation", async () => {
    const attestation = await t.db.prisma.attestation.findFirstOrThrow({
      where: { auditorAddress: accredited.account.address.toLowerCase() },
    });
    const { domain, schemaUid } = await getEasSettings(t.context.chain, t.context.config.deploymentsDir);
    const uid = keccak256(stringToHex("uid-on-chain"));
    // The auditor's next EAS nonce is 0: nothing of theirs is on chain (the row below is made on chain by hand).
    const revocation = async (signer: SignedInAuditor["account"], revokeUid: Hex, nonce = 0n) => {
      const typedData = buildRevocationTypedData({
        domain,
        revoker: signer.address,
        schema: schemaUid,
        uid: revokeUid,
        nonce,
        deadline: 0n,
      });
      const m = typedData.message;
      return {
        message: {
          ...m,
          value: m.value.toString(),
          nonce: m.nonce.toString(),
          deadline: m.deadline.toString(),
        },
        signature: await signer.signTypedData(typedData),
      };
    };
    const url = `/attestations/${attestation.id}`;
    /** `DELETE /attestations/:id` as `auditor`, with its signed revocation of `revoked` (nonce `nonce`). */
    const revoke = async (auditor: SignedInAuditor, revoked: Hex, nonce?: bigint) =>
      call(t.app, auditor.who, "DELETE", url, await revocation(auditor.account, revoked, nonce));
    const pending = await revoke(accredited, uid);
    assert.equal(pending.statusCode, 409, pending.body);

    await t.db.prisma.attestation.update({ where: { id: attestation.id }, data: { status: "onchain", uid } });
    const wrongUid = await revoke(accredited, keccak256(stringToHex("other")));
    assert.equal(wrongUid.json().errors[0].field, "body.message.uid");
    const notTheirs = await revoke(second, uid);
    assert.equal(notTheirs.statusCode, 404);
    const forged = await revocation(second.account, uid);
    const forgedBody = { ...forged, message: { ...forged.message, revoker: accredited.account.address } };
    const forgedResponse = await call(t.app, accredited.who, "DELETE", url, forgedBody);
    assert.equal(forgedResponse.json().errors[0].field, "body.signature");
    const wrongNonce = await revoke(accredited, uid, 1n);
    assert.equal(wrongNonce.statusCode, 422, wrongNonce.body);
    assert.equal(wrongNonce.json().errors[0].field, "body.message.nonce");
    assert.match(wrongNonce.json().errors[0].message, /must be 0\b/);
    assert.equal(await t.db.prisma.outboxItem.count({ where: { kind: "revocation" } }), 0);

    const accepted = await revoke(accredited, uid);
    assert.equal(accepted.statusCode, 202, accepted.body);
    assert.ok(accepted.json().revocationRequestedAt);
    assert.deepEqual(
      (await t.db.prisma.outboxItem.findMany({ where: { refId: attestation.id, kind: "revocation" } }))
        .length,
      1,
    );
    const twice = await call(t.app, accredited.who, "DELETE", url, await revocation(accredited.account, uid));
    assert.equal(twice.statusCode, 409);
  });
});
