// The API's test fixtures that the benchmarks use too (`@tracemark/api/testing`); the API's own
// tests import each fixture from its file.
export { type Actors, createActors } from "./actors.ts";
export { type BuildTestAppOptions, buildTestApp, type TestApp } from "./buildTestApp.ts";
export { finishedImport } from "./importFixtures.ts";
export { type LocalChain, startLocalChain } from "./localChain.ts";
