export { type DevWallet, devWallet } from "./devWallet.ts";
export { freePort } from "./freePort.ts";
export { type PlaceCanonicalEasParameters, placeCanonicalEas } from "./placeCanonicalEas.ts";
export { type Anvil, anvilBinary, type StartAnvilParameters, startAnvil } from "./startAnvil.ts";
export {
  type DeployedChain,
  type StartDeployedChainParameters,
  startDeployedChain,
} from "./startDeployedChain.ts";
export { type Fault, type FaultProxy, startFaultProxy } from "./startFaultProxy.ts";
export {
  type MailMatch,
  type MailSink,
  type StartMailSinkParameters,
  type SunkMail,
  startMailSink,
} from "./startMailSink.ts";
export { type PrivatePostgres, startPostgres } from "./startPostgres.ts";
export { type ReceivedWebhook, startWebhookReceiver, type WebhookReceiver } from "./startWebhookReceiver.ts";
