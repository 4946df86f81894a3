import type { FastifyInstance } from "fastify";
import { collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { AppContext } from "../context.ts";
import { deepReorgGauge } from "../indexer/deepReorgGauge.ts";
import { publicRecordReads } from "../publicRecord/servePublicRecord.ts";
import { readPipelineFigures } from "../services/admin/readPipelineFigures.ts";

/**
 * Prometheus metrics at `GET /metrics` (not rate limited): the process's default metrics,
 * `http_request_duration_seconds` by method, route pattern and status code, and the pipeline's
 * figures (`tracemark_*`), read once per scrape (one database query, the chain's head and the
 * relayer balances). Each app has its own registry, so several apps in one process (tests) do not collide.
 */
export async function registerMetrics(app: FastifyInstance, context: AppContext): Promise<void> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request duration in seconds, by method, route pattern and status code",
    labelNames: ["method", "route", "status_code"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  registry.registerMetric(publicRecordReads);
  registry.registerMetric(deepReorgGauge);
  const gauge = (name: string, help: string, labelNames: string[] = []) =>
    new Gauge({ name, help, labelNames, registers: [registry] });
  const pipeline = {
    captureQueueDepth: gauge("tracemark_capture_queue_depth", "Captures accepted or being stored"),
    pendingEvents: gauge("tracemark_pending_events", "Events not yet in an anchor batch"),
    oldestPendingEventAgeSeconds: gauge(
      "tracemark_oldest_pending_event_age_seconds",
      "Seconds since the oldest event not yet in an anchor batch was recorded (0 when none waits)",
    ),
    submitterNonceLag: gauge(
      "tracemark_submitter_nonce_lag",
      "Nonces the submitter handed out whose transactions are not mined yet",
    ),
    webhookBacklog: gauge("tracemark_webhook_backlog", "Webhook deliveries not yet delivered"),
    indexerHeadLag: gauge(
      "tracemark_indexer_head_lag_blocks",
      "Blocks between the chain's head and the indexer's checkpoint",
      ["chain_id"],
    ),
    relayerBalance: gauge(
      "tracemark_relayer_balance_ether",
      "Balance of each address the submitter sends from, in ether",
      ["address"],
    ),
    up: gauge("tracemark_pipeline_figures_up", "1 when this scrape read the pipeline's figures, else 0"),
  };

  async function readPipeline(): Promise<void> {
    pipeline.indexerHeadLag.reset();
    pipeline.relayerBalance.reset();
    try {
      const figures = await readPipelineFigures({
        db: context.db,
        chain: context.chain,
        timeoutMs: context.config.healthTimeoutMs,
      });
      pipeline.captureQueueDepth.set(figures.captureQueueDepth);
      pipeline.pendingEvents.set(figures.pendingEvents);
      pipeline.oldestPendingEventAgeSeconds.set(figures.oldestPendingEventAgeSeconds);
      pipeline.submitterNonceLag.set(figures.submitterNonceLag);
      pipeline.webhookBacklog.set(figures.webhookBacklog);
      if (figures.headBlock !== undefined)
        for (const { chainId, blockNumber } of figures.indexedBlocks)
          pipeline.indexerHeadLag.set({ chain_id: String(chainId) }, Number(figures.headBlock - blockNumber));
      for (const { address, ether } of figures.relayerBalances)
        pipeline.relayerBalance.set({ address }, ether);
      pipeline.up.set(1);
    } catch (err) {
      app.log.warn({ err }, "the pipeline's figures could not be read");
      pipeline.up.set(0);
    }
  }

  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    if (route === "/metrics") return;
    duration.observe(
      { method: request.method, route, status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  app.get(
    "/metrics",
    { schema: { tags: ["system"], summary: "Prometheus metrics", hide: true }, config: { rateLimit: false } },
    async (_request, reply) => {
      await readPipeline();
      reply.type(registry.contentType);
      return registry.metrics();
    },
  );
}
