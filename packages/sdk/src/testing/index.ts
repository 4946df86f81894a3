// The SDK's test fixtures, for the benchmarks and other workspaces' tests (`@tracemark/sdk/testing`).
export { anchorRecord, context, gtin, lotEvents } from "./buildRecord.ts";
export { type LocalChain, orgIdOf, startLocalChain } from "./localChain.ts";
