export { freePort } from "./freePort.ts";
export { type PlaceCanonicalEasParameters, placeCanonicalEas } from "./placeCanonicalEas.ts";
export { type Anvil, anvilBinary, type StartAnvilParameters, startAnvil } from "./startAnvil.ts";
export { type Fault, type FaultProxy, startFaultProxy } from "./startFaultProxy.ts";
export { type PrivatePostgres, startPostgres } from "./startPostgres.ts";
