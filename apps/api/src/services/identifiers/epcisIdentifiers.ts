/**
 * How Tracemark names things in EPCIS events: the SDK's rules (`gs1/tracemarkIdentifiers.ts` in
 * `@tracemark/sdk`), under the names the API's services import them by.
 */
export {
  canonicalIdentifier,
  LOCATION_URN,
  locationUri,
  lotClassUri,
  type PartyReference,
  parsePartyUri,
  partyUri,
  serialUri,
  type TradeItemKey,
  tracemarkNamespace as TRACEMARK_NAMESPACE,
  tradeItemKey,
} from "@tracemark/sdk";
