import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import type { Auditor } from "@tracemark/db";
import {
  buildAttestationTypedData,
  buildRevocationTypedData,
  computeLotKey,
  type Deployment,
  easAbi,
  encodeAuditData,
} from "@tracemark/sdk";
import {
  createWalletClient,
  type Hex,
  http,
  keccak256,
  numberToHex,
  parseEther,
  parseSignature,
  serializeSignature,
  stringToHex,
} from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { foundry } from "viem/chains";
import { relayerAccount } from "../../chain/relayerAccount.ts";
import { readConfig } from "../../env.ts";
import { getEasSettings } from "../../services/attestations/getEasSettings.ts";
import { createSession, SESSION_COOKIE } from "../../services/auth/sessions.ts";
import { registryIdOf } from "../../services/orgs/platform.ts";
import { syncSignerNonce } from "../../submit/nonces.ts";
import { planOutbox } from "../../submit/planOutbox.ts";
import { submitOnce } from "../../submit/startSubmitter.ts";
import type { SubmitterContext } from "../../submit/submitterContext.ts";
import { type Credentials, call } from "../../testing/actors.ts";
import { attestationBody } from "../../testing/attestationBody.ts";
import { indexToHead } from "../../testing/localChain.ts";
import { testAppWithActors } from "../../testing/suite.ts";

const silent = { info() {}, warn() {}, error() {}, debug() {} };
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

type Signer = ReturnType<typeof privateKeyToAccount>;
type AuditorFixture = { who: Credentials; account: Signer; row: Auditor };

/**
 * Attestations checked as EAS will check them, against a real chain with EAS and the audit resolver
 * deployed, relayed by the real submitter and read back by the real indexer: what the API accepts
 * is what the chain accepts, and what the chain refuses anyway ends `failed` with EAS's reason.
 */
describe("attestations relayed to EAS", () => {
  const { t, a } = testAppWithActors({}, { contracts: true });
  let deployment: Deployment;
  let ctx: SubmitterContext;
  let lot: { id: string; lotCode: string; gtin: string };
  let auditor: AuditorFixture;

  before(async () => {
    deployment = t.deployment as Deployment;
    const product = await t.db.prisma.product.create({
      data: { organizationId: a.orgA.id, gtin: "09506000134352", name: "Cocoa beans" },
    });
    const created = await t.db.prisma.lot.create({
      data: { organizationId: a.orgA.id, productId: product.id, lotCode: "C-1" },
    });
    lot = { id: created.id, lotCode: created.lotCode, gtin: product.gtin };
    auditor = await makeAuditor("Certa Audits");
    // Accredited as the platform does it: an outbox item the relayer carries out on chain.
    await t.db.prisma.outboxItem.create({ data: { kind: "accredit_auditor", refId: auditor.row.id } });
    ctx = {
      db: t.db,
      chain: t.context.chain,
      chainId: 31337,
      deployment,
      account: relayerAccount(31337, undefined),
      config: readConfig({ BATCH_WINDOW_MS: "0" }).submitter,
      log: silent,
    };
    await syncSignerNonce(ctx);
    await relay();
  });

  /** An auditor accredited in Tracemark's database (not on chain) and asked to audit the lot. */
  async function makeAuditor(name: string): Promise<AuditorFixture> {
    const account = privateKeyToAccount(generatePrivateKey());
    const user = await t.db.prisma.user.create({
      data: {
        email: `${name.replaceAll(" ", ".")}@auditors.test`,
        name,
        walletAddress: account.address.toLowerCase(),
      },
    });
    const row = await t.db.prisma.auditor.create({
      data: {
        userId: user.id,
        walletAddress: account.address.toLowerCase(),
        displayName: name,
        accredited: true,
      },
    });
    await t.db.prisma.auditRequest.create({
      data: { organizationId: a.orgA.id, auditorId: row.id, lotId: lot.id },
    });
    const { token } = await createSession(t.db, user.id);
    return { who: { label: name, headers: { cookie: `${SESSION_COOKIE}=${token}` } }, account, row };
  }

  /** The submitter until nothing is left to send or wait for, then the indexer up to the head. */
  async function relay(): Promise<void> {
    for (let round = 0; round < 300; round++) {
      if (await submitOnce(ctx)) continue;
      const open = await t.db.prisma.chainTransaction.count({
        where: { status: { in: ["unsent", "sent"] } },
      });
      if (open === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await indexToHead({
      db: t.db,
      client: t.context.chain,
      chainId: 31337,
      deployment,
      confirmations: 0,
      maxRange: 2_000,
      state: { range: 2_000 },
    });
  }

  const rpc = (method: string, params: unknown[]) =>
    t.context.chain.request({ method, params } as never) as Promise<unknown>;

  const nowSeconds = () => BigInt(Math.floor(Date.now() / 1000));

  /** A delegated attestation about the lot signed by the auditor, as the web app sends it. */
  async function signed(
    nonce: bigint,
    changes: { claim?: string; deadline?: bigint; refUID?: Hex } = {},
    signer: AuditorFixture = auditor,
  ) {
    const { domain } = await getEasSettings(t.context.chain, t.context.config.deploymentsDir);
    const typedData = buildAttestationTypedData({
      domain,
      attester: signer.account.address,
      schema: deployment.auditSchemaUid,
      data: encodeAuditData({
        orgId: await registryIdOf(t.db.prisma, a.orgA.id),
        subjectKind: "lot",
        subject: computeLotKey({ gtin: lot.gtin, lot: lot.lotCode }),
        claim: changes.claim ?? `Organic, audit ${nonce}`,
        evidenceHash: keccak256(stringToHex(`report ${nonce}`)),
      }),
      expirationTime: 0n,
      nonce,
      deadline: changes.deadline ?? 0n,
      refUID: changes.refUID,
    });
    return attestationBody(signer.account, lot.id, typedData);
  }

  /** What the API says the auditor's next request must carry. */
  const nextNonce = async (): Promise<string> =>
    (await call(t.app, auditor.who, "GET", "/auditor/eas-nonce")).json().nonce;

  const post = (body: unknown) => call(t.app, auditor.who, "POST", "/attestations", body);
  const stored = () => Promise.all([t.db.prisma.attestation.count(), t.db.prisma.outboxItem.count()]);

  async function easNonce(): Promise<bigint> {
    return t.context.chain.readContract({
      address: deployment.contracts.EAS.address,
      abi: easAbi,
      functionName: "getNonce",
      args: [auditor.account.address],
    });
  }

  test("the nonce must be the auditor's next EAS nonce: ahead of the chain is a 422 naming the expected one", async () => {
    assert.equal(await easNonce(), 0n);
    const before = await stored();
    const ahead = await post(await signed(1n));
    assert.equal(ahead.statusCode, 422, ahead.body);
    assert.equal(ahead.headers["content-type"], "application/problem+json; charset=utf-8");
    assert.equal(ahead.json().errors[0].field, "body.message.nonce");
    assert.match(ahead.json().errors[0].message, /must be 0\b/);
    assert.deepEqual(await stored(), before);
  });

  test("a nonce not written as a canonical decimal is refused naming the field, with nothing stored", async () => {
    const body = await signed(0n);
    const before = await stored();
    for (const nonce of ["00", "+0", "0e0", "0x0", " 0", "-0", "0.0"]) {
      const response = await post({ ...body, message: { ...body.message, nonce } });
      assert.equal(response.statusCode, 400, `${nonce}: ${response.body}`);
      assert.equal(response.json().errors[0].field, "body.message.nonce");
    }
    assert.deepEqual(await stored(), before);
  });

  test("accepted attestations take consecutive nonces while they wait, and are all relayed", async () => {
    assert.equal(await nextNonce(), "0");
    assert.equal((await call(t.app, a.orgA.users.owner, "GET", "/auditor/eas-nonce")).statusCode, 403);
    assert.equal((await call(t.app, a.anonymous, "GET", "/auditor/eas-nonce")).statusCode, 401);
    const first = await signed(0n);
    assert.equal((await post(first)).statusCode, 201);
    assert.equal(await nextNonce(), "1");
    // Nonce 0 is taken by the one waiting: a second signed with the chain's nonce would revert.
    const sameNonce = await post(await signed(0n, { claim: "Another claim" }));
    assert.equal(sameNonce.statusCode, 422, sameNonce.body);
    assert.match(sameNonce.json().errors[0].message, /must be 1\b/);
    const exactReplay = await post(first);
    assert.equal(exactReplay.statusCode, 409, exactReplay.body);
    assert.equal(exactReplay.headers["content-type"], "application/problem+json; charset=utf-8");
    const second = await post(await signed(1n));
    assert.equal(second.statusCode, 201, second.body);
    assert.equal((await post(await signed(3n))).statusCode, 422);

    assert.equal(await nextNonce(), "2");
    await relay();
    assert.equal(await easNonce(), 2n);
    assert.equal(await nextNonce(), "2");
    const rows = await t.db.prisma.attestation.findMany({ orderBy: { createdAt: "asc" } });
    assert.deepEqual(
      rows.map((row) => [row.status, row.failureReason, row.chainId]),
      [
        ["onchain", null, 31337],
        ["onchain", null, 31337],
      ],
      "each on chain, with the chain it is on",
    );
  });

  test("an exact replay after the first is on chain is a 409, and so is the same request signed with the other s", async () => {
    const before = await stored();
    const first = await signed(0n);
    const replay = await post(first);
    assert.equal(replay.statusCode, 409, replay.body);
    assert.match(replay.json().detail, /already submitted/);
    // The same request, its signature's s mirrored (the other valid ECDSA form): EAS refuses it.
    const { r, s, yParity } = parseSignature(first.signature);
    const mirrored = serializeSignature({
      r,
      s: numberToHex(SECP256K1_N - BigInt(s), { size: 32 }),
      yParity: 1 - yParity,
    });
    const malleated = await post({ ...first, signature: mirrored });
    assert.equal(malleated.statusCode, 422, malleated.body);
    assert.equal(malleated.json().errors[0].field, "body.signature");
    assert.deepEqual(await stored(), before);
  });

  test("a deadline already past, or a reference to no attestation, is refused naming the field", async () => {
    const past = await post(await signed(2n, { deadline: nowSeconds() - 60n }));
    assert.equal(past.statusCode, 422, past.body);
    assert.equal(past.json().errors[0].field, "body.message.deadline");
    const dangling = await post(await signed(2n, { refUID: keccak256(stringToHex("no such attestation")) }));
    assert.equal(dangling.statusCode, 422, dangling.body);
    assert.equal(dangling.json().errors[0].field, "body.message.refUID");
  });

  test("a relay the chain refuses ends failed with EAS's reason, is not retried, and its nonce is free again", async () => {
    // Accepted with a deadline an hour away; the relay happens after it (the chain's clock moves on).
    const late = await post(await signed(2n, { deadline: nowSeconds() + 3_600n }));
    assert.equal(late.statusCode, 201, late.body);
    await rpc("evm_increaseTime", [7_200]);
    await rpc("evm_mine", []);
    await relay();
    const failed = await t.db.prisma.attestation.findUniqueOrThrow({ where: { id: late.json().id } });
    assert.equal(failed.status, "failed");
    assert.match(failed.failureReason ?? "", /DeadlineExpired/);
    const sends = await t.db.prisma.chainTransaction.count({ where: { kind: "attestation" } });
    await relay();
    assert.equal(await t.db.prisma.chainTransaction.count({ where: { kind: "attestation" } }), sends);
    assert.equal(await easNonce(), 2n);

    // The auditor uses nonce 2 outside Tracemark after signing: EAS refuses the signature.
    const outside = await post(await signed(2n, { claim: "Signed, then invalidated" }));
    assert.equal(outside.statusCode, 201, outside.body);
    await rpc("anvil_setBalance", [auditor.account.address, numberToHex(parseEther("1"))]);
    const wallet = createWalletClient({
      account: auditor.account,
      chain: foundry,
      transport: http(t.anvil.rpcUrl),
    });
    const hash = await wallet.writeContract({
      address: deployment.contracts.EAS.address,
      abi: easAbi,
      functionName: "increaseNonce",
      args: [3n],
    });
    await t.context.chain.waitForTransactionReceipt({ hash });
    await relay();
    const refused = await t.db.prisma.attestation.findUniqueOrThrow({ where: { id: outside.json().id } });
    assert.equal(refused.status, "failed");
    assert.match(refused.failureReason ?? "", /InvalidSignature/);

    // Both lists show the status and the reason, to the auditor and to the organisation.
    for (const [who, url] of [
      [auditor.who, "/auditor/attestations"],
      [a.orgA.users.viewer, `/orgs/${a.orgA.id}/attestations`],
    ] as const) {
      const items = (await call(t.app, who, "GET", url)).json().items as {
        id: string;
        status: string;
        failureReason: string | null;
      }[];
      const shown = items.find((item) => item.id === late.json().id);
      assert.equal(shown?.status, "failed");
      assert.match(shown?.failureReason ?? "", /DeadlineExpired/);
    }
    // Failed requests hold no nonce: the next one carries the chain's nonce, 3, and goes through.
    const next = await post(await signed(3n, { claim: "Signed again" }));
    assert.equal(next.statusCode, 201, next.body);
    await relay();
    assert.equal(
      (await t.db.prisma.attestation.findUniqueOrThrow({ where: { id: next.json().id } })).status,
      "onchain",
    );
  });

  test("revocations take their nonce from the same count; one the chain refuses is set aside with its reason", async () => {
    const first = await t.db.prisma.attestation.findFirstOrThrow({
      where: { status: "onchain" },
      orderBy: { createdAt: "asc" },
    });
    const { domain } = await getEasSettings(t.context.chain, t.context.config.deploymentsDir);
    const revoke = async (nonce: bigint, deadline: bigint) => {
      const typedData = buildRevocationTypedData({
        domain,
        revoker: auditor.account.address,
        schema: deployment.auditSchemaUid,
        uid: first.uid as Hex,
        nonce,
        deadline,
      });
      const m = typedData.message;
      return call(t.app, auditor.who, "DELETE", `/attestations/${first.id}`, {
        message: {
          ...m,
          value: m.value.toString(),
          nonce: m.nonce.toString(),
          deadline: m.deadline.toString(),
        },
        signature: await auditor.account.signTypedData(typedData),
      });
    };
    const onChain = await easNonce();
    assert.equal((await revoke(onChain + 1n, 0n)).statusCode, 422);
    // Within its deadline by the API's clock, past it by the chain's (moved two hours on above).
    const late = await revoke(onChain, nowSeconds() + 3_600n);
    assert.equal(late.statusCode, 202, late.body);
    const behind = await post(await signed(onChain, { claim: "Behind a revocation" }));
    assert.equal(behind.statusCode, 422, behind.body);
    assert.match(behind.json().errors[0].message, new RegExp(`must be ${onChain + 1n}\\b`));

    await relay();
    const refused = await t.db.prisma.attestation.findUniqueOrThrow({ where: { id: first.id } });
    assert.equal(refused.status, "onchain");
    assert.match(refused.failureReason ?? "", /revocation failed: DeadlineExpired/);
    assert.equal(await easNonce(), onChain);

    const again = await revoke(onChain, 0n);
    assert.equal(again.statusCode, 202, again.body);
    await relay();
    const revoked = await t.db.prisma.attestation.findUniqueOrThrow({ where: { id: first.id } });
    assert.deepEqual([revoked.status, revoked.failureReason], ["revoked", null]);
  });

  test("two attestations sent at once with the same nonce: one is accepted, the other told the next nonce", async () => {
    const nonce = BigInt(await nextNonce());
    const responses = await Promise.all([
      post(await signed(nonce, { claim: "Raced, first" })),
      post(await signed(nonce, { claim: "Raced, second" })),
    ]);
    assert.deepEqual(
      responses.map((response) => response.statusCode).sort(),
      [201, 422],
      responses.map((response) => response.body).join("\n"),
    );
    await relay();
    assert.equal(await easNonce(), nonce + 1n);
  });

  test("an auditor's attestations are relayed in the order they were accepted, one held back holding back the rest", async () => {
    const nonce = BigInt(await nextNonce());
    const held = await post(await signed(nonce, { claim: "Accepted first" }));
    const after = await post(await signed(nonce + 1n, { claim: "Accepted second" }));
    assert.deepEqual([held.statusCode, after.statusCode], [201, 201]);
    const itemOf = async (id: string) =>
      (await t.db.prisma.outboxItem.findFirstOrThrow({ where: { refId: id, kind: "attestation" } })).id;
    const [heldItem, afterItem] = [await itemOf(held.json().id), await itemOf(after.json().id)];
    // Another planner holds the first one's outbox row: the second must wait for it, not overtake it.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holder = t.db.prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM outbox WHERE id = ${heldItem} FOR UPDATE`;
        locked();
        await released;
      },
      { timeout: 60_000 },
    );
    await isLocked;
    await planOutbox(ctx);
    const queued = await t.db.prisma.chainTransaction.count({
      where: { kind: "attestation", refId: { in: [String(heldItem), String(afterItem)] } },
    });
    release();
    await holder;
    assert.equal(queued, 0);
    await relay();
    const rows = await t.db.prisma.attestation.findMany({
      where: { id: { in: [held.json().id, after.json().id] } },
    });
    assert.deepEqual(
      rows.map((row) => row.status),
      ["onchain", "onchain"],
    );
  });

  test("the resolver's rule: an auditor not accredited on chain is refused, one whose accreditation is on its way is relayed after it", async () => {
    const newcomer = await makeAuditor("Newcomer Audits");
    const body = await signed(0n, { claim: "By a newcomer" }, newcomer);
    const before = await stored();
    const refused = await call(t.app, newcomer.who, "POST", "/attestations", body);
    assert.equal(refused.statusCode, 403, refused.body);
    assert.match(refused.json().detail, /not accredited on chain/);
    assert.deepEqual(await stored(), before);

    await t.db.prisma.outboxItem.create({ data: { kind: "accredit_auditor", refId: newcomer.row.id } });
    const accepted = await call(t.app, newcomer.who, "POST", "/attestations", body);
    assert.equal(accepted.statusCode, 201, accepted.body);
    await relay();
    const row = await t.db.prisma.attestation.findUniqueOrThrow({ where: { id: accepted.json().id } });
    assert.deepEqual([row.status, row.failureReason], ["onchain", null]);
  });
});
