import { Gauge } from "prom-client";

/**
 * `tracemark_indexer_deep_reorg{chain_id}`: 1 while this process's indexer is halted on a reorg deeper than the
 * block hashes it keeps (INDEXER_REORG_WINDOW), else 0. Registered in each app's registry by `registerMetrics`.
 */
export const deepReorgGauge = new Gauge({
  name: "tracemark_indexer_deep_reorg",
  help: "1 while the indexer is halted on a reorg deeper than the block hashes it keeps (INDEXER_REORG_WINDOW)",
  labelNames: ["chain_id"] as const,
  registers: [],
});
