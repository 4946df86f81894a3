import { InvalidEpcisError } from "../errors/epcis.ts";
import { epcisEventSchema } from "./schemas.ts";
import { toIssues } from "./toIssues.ts";
import type { EpcisEvent } from "./types.ts";

export type ParseEpcisEventParameters = unknown;
export type ParseEpcisEventReturnType = EpcisEvent;

/**
 * Validates one EPCIS 2.0 event (JSON/JSON-LD form) against EPCIS 2.0 / CBV 2.0: the event type,
 * required fields, date-times with zones, EPC URIs, CBV business steps, dispositions, transaction
 * and source/destination types (bare, URN, Web URI or a private-vocabulary URI), sensor elements,
 * ILMD and extension names. Returns the event typed; throws `InvalidEpcisError` whose `issues` name
 * each field at fault (e.g. `readPoint.id`).
 *
 * @example
 * const event = parseEpcisEvent(JSON.parse(body))
 */
export function parseEpcisEvent(input: ParseEpcisEventParameters): ParseEpcisEventReturnType {
  const result = epcisEventSchema.safeParse(input);
  if (!result.success) throw new InvalidEpcisError({ what: "EPCIS event", issues: toIssues(result.error) });
  return result.data;
}
