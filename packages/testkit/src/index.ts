export { freePort } from "./freePort.ts";
export { type Anvil, anvilBinary, type StartAnvilParameters, startAnvil } from "./startAnvil.ts";
