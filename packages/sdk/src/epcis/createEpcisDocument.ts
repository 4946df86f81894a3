import { InvalidEpcisError } from "../errors/epcis.ts";
import { epcisEventSchema } from "./schemas.ts";
import { toIssues } from "./toIssues.ts";
import type { EpcisDocument, EpcisEvent } from "./types.ts";

/** The standard EPCIS 2.0 JSON-LD context. */
export const epcisContextUrl = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

export type CreateEpcisDocumentParameters = {
  /** The events, validated on the way in. */
  events: readonly unknown[];
  /** Namespace prefixes used by extensions and ILMD, e.g. `{ example: "https://ns.example.com/epcis/" }`. */
  namespaces?: Record<string, string> | undefined;
  /** Document creation time; default now. */
  creationDate?: string | undefined;
  /** Optional document id (a URI). */
  id?: string | undefined;
};
export type CreateEpcisDocumentReturnType = EpcisDocument;

/**
 * Builds an EPCIS 2.0 JSON-LD document (`EPCISDocument`, `schemaVersion "2.0"`,
 * `epcisBody.eventList`) from events, validating each (throws `InvalidEpcisError` with paths such as
 * `epcisBody.eventList[1].eventTime`). `JSON.stringify` the result to emit it.
 *
 * @example
 * JSON.stringify(createEpcisDocument({ events, namespaces: { tm: "https://tracemark.dev/ns/" } }))
 */
export function createEpcisDocument(
  parameters: CreateEpcisDocumentParameters,
): CreateEpcisDocumentReturnType {
  const { namespaces, creationDate = new Date().toISOString(), id } = parameters;
  const eventList: EpcisEvent[] = parameters.events.map((event, i) => {
    const result = epcisEventSchema.safeParse(event);
    if (!result.success) {
      throw new InvalidEpcisError({
        what: "EPCIS event",
        issues: toIssues(result.error, ["epcisBody", "eventList", i]),
      });
    }
    return result.data;
  });
  const context =
    namespaces && Object.keys(namespaces).length > 0 ? [epcisContextUrl, namespaces] : [epcisContextUrl];
  return {
    "@context": context,
    type: "EPCISDocument",
    ...(id === undefined ? {} : { id }),
    schemaVersion: "2.0",
    creationDate,
    epcisBody: { eventList },
  };
}
