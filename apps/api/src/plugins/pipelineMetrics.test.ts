import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { before, describe, test } from "node:test";
import { mnemonicToAccount } from "viem/accounts";
import { DEV_MNEMONIC } from "../chain/relayerAccount.ts";
import { servePublicRecord } from "../publicRecord/servePublicRecord.ts";
import { createProductLot, insertEvent } from "../testing/events.ts";
import { insertOrganization } from "../testing/localChain.ts";
import { testApp } from "../testing/suite.ts";

/** The value of one sample of `/metrics` (a metric name with its labels, as written). */
function sample(body: string, series: string): number | undefined {
  const line = body.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("/metrics: the pipeline's own figures", () => {
  const t = testApp();
  let organizationId: string;
  const relayer = mnemonicToAccount(DEV_MNEMONIC).address;
  const scrape = async () => (await t.app.inject({ method: "GET", url: "/metrics" })).body;
  before(async () => {
    organizationId = await insertOrganization(t.db, randomUUID());
  });

  test("all zero on an idle pipeline, and the figures were read", async () => {
    const body = await scrape();
    assert.equal(sample(body, "tracemark_pipeline_figures_up"), 1);
    for (const name of [
      "tracemark_capture_queue_depth",
      "tracemark_pending_events",
      "tracemark_oldest_pending_event_age_seconds",
      "tracemark_submitter_nonce_lag",
      "tracemark_webhook_backlog",
    ])
      assert.equal(sample(body, name), 0, name);
  });

  test("capture queue depth: accepted and processing captures, not finished ones", async () => {
    for (const status of ["accepted", "processing", "succeeded", "failed"] as const)
      await t.db.prisma.capture.create({
        data: { organizationId, requestHash: randomUUID(), eventCount: 1, status },
      });
    assert.equal(sample(await scrape(), "tracemark_capture_queue_depth"), 2);
  });

  test("pending events and the age of the oldest, recorded an hour ago", async () => {
    const { lot } = await createProductLot(t.db, organizationId, {
      gtin: "09506000134352",
      name: "Milk",
      lotCode: "M1",
    });
    assert.ok(lot);
    await insertEvent(
      t.db,
      organizationId,
      {
        type: "ObjectEvent",
        action: "OBSERVE",
        eventTime: "2026-06-01T08:00:00.000Z",
        eventTimeZoneOffset: "+00:00",
        quantityList: [{ epcClass: "https://id.gs1.org/01/09506000134352/10/M1", quantity: 1 }],
      },
      { recordTime: new Date(Date.now() - 3_600_000) },
    );
    const body = await scrape();
    assert.equal(sample(body, "tracemark_pending_events"), 1);
    assert.ok((sample(body, "tracemark_oldest_pending_event_age_seconds") as number) >= 3_600);
  });

  test("submitter nonce lag: transactions handed a nonce and not mined; relayer balance from the chain", async () => {
    await t.db.prisma.chainSigner.create({ data: { chainId: 31337, address: relayer, nextNonce: 3n } });
    const tx = (nonce: bigint, status: "unsent" | "sent" | "mined") =>
      t.db.prisma.chainTransaction.create({
        data: {
          chainId: 31337,
          signer: relayer,
          nonce,
          kind: "anchor_batch",
          refId: randomUUID(),
          to: relayer,
          data: "0x",
          gasLimit: 21_000n,
          maxFeePerGas: 1n,
          maxPriorityFeePerGas: 1n,
          status,
        },
      });
    await tx(0n, "mined");
    await tx(1n, "sent");
    await tx(2n, "unsent");
    const body = await scrape();
    assert.equal(sample(body, "tracemark_submitter_nonce_lag"), 2);
    // anvil funds each dev account with 10,000 ether.
    assert.equal(sample(body, `tracemark_relayer_balance_ether{address="${relayer}"}`), 10_000);
  });

  test("indexer head lag: blocks between the chain's head and the checkpoint", async () => {
    await t.db.prisma.indexerCheckpoint.create({
      data: { chainId: 31337, blockNumber: 0n, blockHash: "0x00" },
    });
    await fetch(t.anvil.rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "anvil_mine", params: ["0x7"] }),
    });
    const head = Number(await t.context.chain.getBlockNumber({ cacheTime: 0 }));
    assert.ok(head >= 7);
    assert.equal(sample(await scrape(), 'tracemark_indexer_head_lag_blocks{chain_id="31337"}'), head);
  });

  test("webhook backlog: deliveries not yet delivered", async () => {
    const webhook = await t.db.prisma.webhook.create({
      data: { organizationId, url: "https://hooks.example/x", secret: "s", events: ["anchored"] },
    });
    for (const deliveredAt of [null, null, new Date()])
      await t.db.prisma.webhookDelivery.create({
        data: { webhookId: webhook.id, event: "anchored", payload: {}, deliveredAt },
      });
    assert.equal(sample(await scrape(), "tracemark_webhook_backlog"), 2);
  });

  test("read model hits and misses of the public record", async () => {
    const before = await scrape();
    const count = (body: string, result: string) =>
      sample(body, `tracemark_public_record_reads_total{result="${result}"}`) ?? 0;
    const read = () =>
      servePublicRecord(t.db, { gtin: "09506000134352", lot: "M1", chainId: 31337, render: JSON.stringify });
    await read();
    await read();
    await read();
    const after = await scrape();
    assert.equal(count(after, "miss") - count(before, "miss"), 1);
    assert.equal(count(after, "hit") - count(before, "hit"), 2);
  });

  test("the chain's figures are left out, the others kept, when the chain does not answer", async () => {
    await t.anvil.stop();
    const body = await scrape();
    assert.equal(sample(body, "tracemark_pipeline_figures_up"), 1);
    assert.equal(sample(body, "tracemark_webhook_backlog"), 2);
    assert.doesNotMatch(body, /^tracemark_relayer_balance_ether\{/m);
  });

  test("every metric the dashboard and the alert rules name is exported", async () => {
    const exported = new Set(
      [...(await scrape()).matchAll(/^# TYPE (\S+) (\S+)/gm)].flatMap(([, name, type]) =>
        type === "histogram" ? [name, `${name}_bucket`, `${name}_sum`, `${name}_count`] : [name],
      ),
    );
    const monitoring = new URL("../../../../deploy/monitoring/", import.meta.url);
    for (const file of ["alerts.yaml", "grafana-dashboard.json"]) {
      const text = readFileSync(new URL(file, monitoring), "utf8");
      const named = new Set(text.match(/\b(tracemark_[a-z_]+|http_request_duration_seconds[a-z_]*)\b/g));
      assert.ok(named.size >= 5, `${file} names metrics`);
      for (const name of named)
        assert.ok(exported.has(name), `${file} names ${name}, which /metrics exports`);
    }
  });
});
