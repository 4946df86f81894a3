import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { createInterface } from "node:readline";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import type { TestDatabase } from "@tracemark/db";
import { computeCheckDigit, separatePublicRecordProofs, verifyRecord } from "@tracemark/sdk";
import { freePort } from "@tracemark/testkit";
import type { PublicClient } from "viem";
import { getPublicRecord, PUBLIC_RECORD_MAX_EVENTS } from "./publicRecord/getPublicRecord.ts";
import { publicRecordResponse } from "./routes/public/index.ts";
import { createApiKey } from "./services/auth/apiKeys.ts";
import { chainOrgIdOf } from "./services/orgs/platform.ts";
import { type DeployedChain, deploymentsDirWith } from "./testing/deployedChain.ts";
import {
  anchorsOnChain,
  createAdmittedOrg,
  deployedChainAndDatabase,
  expectAnchoredExactlyOnce,
} from "./testing/pipelineFixtures.ts";
import { prng } from "./testing/prng.ts";

/**
 * Scale-out (issue 16): 3 `serve`, 2 `submit` and 2 `index` processes — each `server.ts` as
 * production starts it — on one Postgres and one anvil, API clients capturing through the serve
 * processes in turn while processes are killed with SIGKILL and restarted at random for
 * SCALEOUT_SECONDS (default 60). SCALEOUT_SEED replays a run (the seed is printed).
 */
const SECONDS = Number(process.env.SCALEOUT_SECONDS ?? 60);
const SEED = Number(process.env.SCALEOUT_SEED ?? Date.now() % 1_000_000);
const LOTS = 12;
const CLIENTS = 3;

const serverEntry = fileURLToPath(new URL("./server.ts", import.meta.url));
type Role = "serve" | "submit" | "index";

/** One API process in one role; `active` once it logged that it holds its role's lock. */
type RoleProcess = {
  id: number;
  role: Role;
  slot: number;
  child: ChildProcess;
  active: boolean;
  exited: Promise<void>;
};

type Lot = { gtin: string; lotCode: string; uri: string };

describe("scale-out: 3 serve, 2 submit and 2 index processes, killed and restarted at random under a capture stream", () => {
  let db: TestDatabase;
  let chain: DeployedChain;
  let client: PublicClient;
  let deploymentsDir: string;
  const running = new Set<RoleProcess>();
  /** Per role, the ids of the processes that became active, in order. */
  const activations: Record<"submit" | "index", number[]> = { submit: [], index: [] };
  /** Each time a process became active while another of its role still was. */
  const overlaps: string[] = [];
  let servePorts: number[] = [];
  let nextId = 0;

  before(async () => {
    ({ db, chain, client } = await deployedChainAndDatabase());
    deploymentsDir = deploymentsDirWith(chain.deployment);
    servePorts = [await freePort(), await freePort(), await freePort()];
  });
  after(async () => {
    for (const each of running) each.child.kill("SIGKILL");
    await Promise.all([...running].map((each) => each.exited));
    await Promise.all([db?.drop(), chain?.stop()]);
    rmSync(deploymentsDir, { recursive: true, force: true });
  });

  /** `server.ts` in one role as its own process (no wrapper, so SIGKILL hits it). */
  function start(role: Role, slot: number): RoleProcess {
    const child = spawn(process.execPath, ["--import", "tsx", serverEntry], {
      env: {
        ...process.env,
        ROLES: role,
        HOST: "127.0.0.1",
        // Serve processes keep their port across restarts (a load balancer's targets); the others
        // answer probes on a port of their own.
        PORT: role === "serve" ? String(servePorts[slot]) : "0",
        DATABASE_URL: db.url,
        RPC_URL: chain.anvil.rpcUrl,
        DEPLOYMENTS_DIR: deploymentsDir,
        BATCH_MAX_EVENTS: "200",
        BATCH_WINDOW_MS: "300",
        SUBMIT_POLL_MS: "50",
        INDEXER_POLL_MS: "100",
        INDEXER_CONFIRMATIONS: "1",
        CAPTURE_POLL_MS: "100",
        PUBLIC_RATE_LIMIT: "1000000",
        START_RETRY_MS: "100",
        START_RETRY_MAX_MS: "1000",
        // "submitter active" and "indexer active" are info lines; serve processes log requests at info.
        LOG_LEVEL: role === "serve" ? "warn" : "info",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    nextId += 1;
    const each: RoleProcess = {
      id: nextId,
      role,
      slot,
      child,
      active: false,
      exited: new Promise((resolve) => child.once("exit", () => resolve())),
    };
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      // Errors and fatal exits (and the submitter's and indexer's warnings) are shown, to explain a
      // failure; the rest of the log is not.
      if (/"level":(50|60)/.test(line) || (role !== "serve" && /"level":40/.test(line)))
        console.error(`[${role} #${each.id}] ${line.slice(0, 1_000)}`);
      if (
        (role === "submit" && line.includes('"msg":"submitter active"')) ||
        (role === "index" && line.includes('"msg":"indexer active"'))
      ) {
        // One active submitter (per relayer key) and one active indexer (per chain) at a time: a
        // process becomes active only once the one before it is gone.
        const alsoActive = [...running].filter(
          (other) => other.role === role && other !== each && other.active,
        );
        if (alsoActive.length > 0)
          overlaps.push(
            `${role} #${each.id} active while #${alsoActive.map((other) => other.id).join(", #")} still ran`,
          );
        each.active = true;
        activations[role as "submit" | "index"].push(each.id);
      }
    });
    running.add(each);
    void each.exited.then(() => running.delete(each));
    return each;
  }

  async function kill(each: RoleProcess): Promise<void> {
    each.child.kill("SIGKILL");
    await each.exited;
  }

  /** Waits for a serve process's `/ready` (a loaded machine starts seven processes slowly). */
  async function waitUntilServing(each: RoleProcess): Promise<void> {
    const port = servePorts[each.slot];
    const deadline = Date.now() + 180_000;
    while (
      !(await fetch(`http://127.0.0.1:${port}/ready`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (!running.has(each)) throw new Error(`seed ${SEED}: the serve process on ${port} exited at start`);
      if (Date.now() > deadline)
        throw new Error(`seed ${SEED}: the serve process on ${port} never became ready`);
      await sleep(100);
    }
  }

  test("every captured event is anchored exactly once, public records match a fresh build, standbys take over", {
    timeout: 600_000,
  }, async () => {
    console.log(`scale-out seed ${SEED} (replay with SCALEOUT_SEED=${SEED}), ${SECONDS} s of kills`);
    // Two streams: the kills' schedule, and the documents' contents (drawn as the clients go).
    const random = prng(SEED);
    const content = prng(SEED + 1);

    // An admitted organisation with an operator API key, its products and lots.
    const orgId = await createAdmittedOrg(db);
    const { key } = await createApiKey(db, {
      organizationId: orgId,
      name: "scale-out client",
      role: "operator",
      createdById: null,
      creatorRole: "owner",
    });
    const lots: Lot[] = [];
    for (let i = 0; i < LOTS; i++) {
      const body = `1953${String(SEED % 100_000).padStart(5, "0")}${String(i).padStart(4, "0")}`;
      const gtin = body + computeCheckDigit(body);
      const lotCode = `S${i}`;
      const product = await db.prisma.product.create({
        data: { organizationId: orgId, gtin, name: `Product ${gtin}` },
      });
      await db.prisma.lot.create({ data: { organizationId: orgId, productId: product.id, lotCode } });
      lots.push({
        gtin,
        lotCode,
        uri: `urn:epc:class:lgtin:${gtin.slice(1, 8)}.${gtin[0]}${gtin.slice(8, 13)}.${lotCode}`,
      });
    }

    const serve = [0, 1, 2].map((slot) => start("serve", slot));
    const submit = [0, 1].map((slot) => start("submit", slot));
    const index = [0, 1].map((slot) => start("index", slot));
    const slots: Record<Role, RoleProcess[]> = { serve, submit, index };
    await Promise.all(serve.map(waitUntilServing));

    // The capture stream: clients send documents to the serve processes in turn; a request that
    // fails (its process killed) is sent again, with the same Idempotency-Key, to the next one.
    const accepted: { captureId: string; events: number }[] = [];
    let streaming = true;
    let turn = 0;
    let eventMs = 0;
    let retried = 0;
    const headers = { authorization: `Bearer ${key}`, "content-type": "application/json" };
    const captureClient = async () => {
      while (streaming) {
        const events = Array.from({ length: 1 + Math.floor(content() * 20) }, () => {
          eventMs += 1;
          const lot = lots[Math.floor(content() * lots.length)] as Lot;
          return {
            type: "ObjectEvent",
            action: "OBSERVE",
            eventTime: new Date(Date.UTC(2026, 0, 1) + SEED * 1000 + eventMs).toISOString(),
            eventTimeZoneOffset: "+00:00",
            bizStep: "urn:epcglobal:cbv:bizstep:inspecting",
            readPoint: { id: "urn:epc:id:sgln:9520123.00001.0" },
            quantityList: [{ epcClass: lot.uri, quantity: 1, uom: "KGM" }],
          };
        });
        const body = JSON.stringify({
          "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
          type: "EPCISDocument",
          schemaVersion: "2.0",
          creationDate: "2026-01-01T00:00:00.000Z",
          epcisBody: { eventList: events },
        });
        const idempotencyKey = randomUUID();
        const giveUpAt = Date.now() + 120_000;
        for (let last = ""; ; ) {
          if (Date.now() > giveUpAt)
            throw new Error(
              `seed ${SEED}: no serve process accepted a capture for 120 s; last answer: ${last}`,
            );
          const port = servePorts[turn++ % servePorts.length];
          const response = await fetch(`http://127.0.0.1:${port}/orgs/${orgId}/capture`, {
            method: "POST",
            headers: { ...headers, "idempotency-key": idempotencyKey },
            body,
          }).catch(() => undefined);
          const text = await response?.text().catch(() => undefined);
          if (response?.status === 202 && text !== undefined) {
            accepted.push({
              captureId: (JSON.parse(text) as { captureId: string }).captureId,
              events: events.length,
            });
            break;
          }
          // Only unreachable processes and 503s are tried again; anything else (a 500 too) fails the test.
          if (response && response.status !== 503 && text !== undefined)
            throw new Error(`seed ${SEED}: capture answered ${response.status}: ${text}`);
          last = response ? `${response.status} ${text}` : "no connection";
          retried += 1;
          await sleep(100);
        }
        await sleep(20 + content() * 150);
      }
    };
    const clients = Array.from({ length: CLIENTS }, captureClient);

    // Kill a process at random every 1–3 s and start it again after a random pause. The active
    // submitter and indexer are picked more often, so that standbys have to take over.
    const kills: Record<string, number> = {
      serve: 0,
      "active submit": 0,
      "standby submit": 0,
      "active index": 0,
      "standby index": 0,
    };
    const restarts: Promise<void>[] = [];
    // The first kills are one of each that must happen (a serve process, the active submitter, the
    // active indexer) in a seeded order; the others are drawn at random.
    const required = ["serve", "active submit", "active index"].sort(() => random() - 0.5);
    const end = Date.now() + SECONDS * 1000;
    while (Date.now() < end) {
      await sleep(1_000 + random() * 2_000);
      const pick = random();
      const kind =
        required[0] ??
        (pick < 0.3
          ? "serve"
          : pick < 0.5
            ? "active submit"
            : pick < 0.65
              ? "standby submit"
              : pick < 0.85
                ? "active index"
                : "standby index");
      const role = kind.split(" ").at(-1) as Role;
      const candidates = slots[role].filter((each) => running.has(each));
      const victim =
        role === "serve"
          ? candidates[Math.floor(random() * candidates.length)]
          : candidates.find((each) => each.active === kind.startsWith("active"));
      // None such running now (a restart or a takeover under way): draw again next round.
      if (!victim) continue;
      if (required[0] === kind) required.shift();
      kills[kind] = (kills[kind] ?? 0) + 1;
      await kill(victim);
      const pause = random() * 1_500;
      restarts.push(
        sleep(pause).then(() => {
          slots[role][victim.slot] = start(role, victim.slot);
        }),
      );
    }
    await Promise.all(restarts);
    streaming = false;
    await Promise.all(clients);
    console.log(
      `seed ${SEED}: ${accepted.length} captures (${accepted.reduce((n, a) => n + a.events, 0)} events) accepted, ${retried} requests sent again; kills ${JSON.stringify(kills)}`,
    );

    // The surviving processes finish the work.
    const captureIds = accepted.map((a) => a.captureId);
    const total = accepted.reduce((sum, a) => sum + a.events, 0);
    const deadline = Date.now() + 120_000;
    for (;;) {
      const captures = await db.prisma.capture.count({
        where: { id: { in: captureIds }, status: { notIn: ["succeeded", "failed"] } },
      });
      const notAnchored = await db.prisma.event.count({
        where: {
          organizationId: orgId,
          OR: [{ batchId: null }, { batch: { status: { notIn: ["anchored", "final"] } } }],
        },
      });
      const open = await db.prisma.chainTransaction.count({ where: { status: { in: ["unsent", "sent"] } } });
      if (captures === 0 && notAnchored === 0 && open === 0) break;
      if (Date.now() > deadline) {
        const stuck = await db.prisma.chainTransaction.findMany({
          where: { status: { in: ["unsent", "sent"] } },
          select: { kind: true, nonce: true, status: true, hashes: true, sentAt: true, lastError: true },
          orderBy: { nonce: "asc" },
        });
        console.error(
          `seed ${SEED}: open transactions ${JSON.stringify(stuck, (_k, v) => (typeof v === "bigint" ? Number(v) : v))}; running ${[...running].map((each) => `${each.role} #${each.id}${each.active ? " (active)" : ""}`).join(", ")}; activations ${JSON.stringify(activations)}`,
        );
        throw new Error(
          `seed ${SEED}: ${captures} captures unfinished, ${notAnchored} events not anchored, ${open} transactions open`,
        );
      }
      await sleep(250);
    }

    // Every accepted capture stored every event of its document, once.
    const captures = await db.prisma.capture.findMany({ where: { id: { in: captureIds } } });
    assert.equal(
      captures.length,
      new Set(captureIds).size,
      `seed ${SEED}: every accepted capture is recorded`,
    );
    for (const capture of captures) {
      assert.equal(
        capture.status,
        "succeeded",
        `seed ${SEED}: capture ${capture.id}: ${JSON.stringify(capture.errors)}`,
      );
      assert.equal(
        capture.storedCount,
        capture.eventCount,
        `seed ${SEED}: capture ${capture.id} stored each event`,
      );
    }
    const events = await db.prisma.event.findMany({
      where: { organizationId: orgId },
      select: { id: true, captureId: true, lotId: true },
    });
    assert.equal(events.length, total, `seed ${SEED}: as many events stored as accepted`);
    assert.ok(events.every((e) => e.captureId !== null && captureIds.includes(e.captureId)));

    // Anchored exactly once: on chain, each batch's root once; in the database, each event in one
    // batch and the batches' counts adding up to the events, as many batches as anchors on chain.
    await expectAnchoredExactlyOnce({ db, deployment: chain.deployment }, client, events);
    const batches = await db.prisma.anchorBatch.findMany({ where: { organizationId: orgId } });
    assert.equal(
      batches.reduce((sum, b) => sum + b.eventCount, 0),
      total,
      `seed ${SEED}: events in batches`,
    );
    const onChain = await anchorsOnChain(client, chain.deployment.contracts.TracemarkRegistry.address);
    const ours = [...onChain].filter(([orgKey]) =>
      orgKey.startsWith(`${chainOrgIdOf(orgId).toLowerCase()}:`),
    );
    assert.equal(ours.length, batches.length, `seed ${SEED}: as many anchors on chain as batches`);
    assert.ok(
      ours.every(([, count]) => count === 1),
      `seed ${SEED}: no root anchored twice`,
    );

    // Each lot's public record, as a serve process sends it, equals a fresh build, shows each of
    // the lot's events anchored, and verifies against the chain.
    for (const [i, lot] of lots.entries()) {
      const lotId = (
        await db.prisma.lot.findFirstOrThrow({ where: { organizationId: orgId, lotCode: lot.lotCode } })
      ).id;
      const url = `http://127.0.0.1:${servePorts[i % servePorts.length]}/public/01/${lot.gtin}/10/${lot.lotCode}`;
      const [response, proofsResponse] = await Promise.all([fetch(url), fetch(`${url}/proofs`)]);
      const served = await response.text();
      assert.equal(response.status, 200, served);
      assert.equal(proofsResponse.status, 200);
      const fresh = separatePublicRecordProofs(
        publicRecordResponse.parse(
          await getPublicRecord(db, { gtin: lot.gtin, lot: lot.lotCode, chainId: chain.deployment.chainId }),
        ),
      );
      assert.equal(
        served,
        JSON.stringify(publicRecordResponse.parse(fresh.record)),
        `seed ${SEED}: lot ${lot.lotCode}'s served record is the fresh build`,
      );
      const proofs = await proofsResponse.json();
      assert.deepEqual(
        proofs,
        fresh.proofs,
        `seed ${SEED}: lot ${lot.lotCode}'s proofs are the fresh build's`,
      );
      const record = JSON.parse(served) as {
        events: { anchor: unknown }[];
        omittedEvents: { owner: number; partners: number };
      };
      // A quiet machine captures more than a record shows for some lots: it shows the latest ones
      // and counts those it leaves out (all the owner's: one organisation captures).
      const lotEvents = events.filter((e) => e.lotId === lotId).length;
      assert.equal(
        record.events.length,
        Math.min(lotEvents, PUBLIC_RECORD_MAX_EVENTS),
        `seed ${SEED}: lot ${lot.lotCode}'s events`,
      );
      assert.deepEqual(
        record.omittedEvents,
        { owner: Math.max(0, lotEvents - PUBLIC_RECORD_MAX_EVENTS), partners: 0 },
        `seed ${SEED}: lot ${lot.lotCode}'s events left out`,
      );
      assert.ok(
        record.events.every((e) => e.anchor !== null),
        `seed ${SEED}: lot ${lot.lotCode}'s events all anchored`,
      );
      const verdict = await verifyRecord({ record, proofs, client, deployment: chain.deployment });
      assert.ok(
        verdict.ok && verdict.events.every((e) => e.status === "verified"),
        `seed ${SEED}: lot ${lot.lotCode} verifies: ${JSON.stringify(verdict.events.filter((e) => e.status !== "verified"))}`,
      );
      assert.equal(verdict.omittedEvents, Math.max(0, lotEvents - PUBLIC_RECORD_MAX_EVENTS));
      assert.equal(verdict.complete, lotEvents <= PUBLIC_RECORD_MAX_EVENTS, `seed ${SEED}: complete`);
    }

    // Standbys took over: each role was active in more than one process.
    console.log(
      `seed ${SEED}: active submitters ${activations.submit.join(" → ")}, active indexers ${activations.index.join(" → ")}`,
    );
    assert.deepEqual(overlaps, [], `seed ${SEED}: never two active submitters or indexers at once`);
    assert.ok(new Set(activations.submit).size >= 2, `seed ${SEED}: a standby submitter took over`);
    assert.ok(new Set(activations.index).size >= 2, `seed ${SEED}: a standby indexer took over`);
    assert.ok((kills.serve ?? 0) > 0, `seed ${SEED}: a serve process was killed`);
  });
});
