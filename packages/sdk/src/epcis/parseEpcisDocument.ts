import { InvalidEpcisError } from "../errors/epcis.ts";
import { epcisDocumentSchema } from "./schemas.ts";
import { toIssues } from "./toIssues.ts";
import type { EpcisDocument } from "./types.ts";

export type ParseEpcisDocumentParameters = string | unknown;
export type ParseEpcisDocumentReturnType = EpcisDocument;

/**
 * Parses an EPCIS 2.0 JSON-LD document (`{"@context", "type": "EPCISDocument", "schemaVersion": "2.0",
 * "creationDate", "epcisBody": {"eventList": [...]}}`), given as JSON text or as a value, and
 * validates every event (see `parseEpcisEvent`). Throws `InvalidEpcisError` whose `issues` name the
 * fields, e.g. `epcisBody.eventList[3].bizStep`.
 *
 * @example
 * const document = parseEpcisDocument(await request.text())
 * for (const event of document.epcisBody.eventList) computeEventHash({ event, context: document["@context"] })
 */
export function parseEpcisDocument(input: ParseEpcisDocumentParameters): ParseEpcisDocumentReturnType {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch (cause) {
      throw new InvalidEpcisError({
        what: "EPCIS document",
        issues: [{ path: "", message: `not valid JSON (${(cause as Error).message})` }],
        cause,
      });
    }
  }
  const result = epcisDocumentSchema.safeParse(value);
  if (!result.success)
    throw new InvalidEpcisError({ what: "EPCIS document", issues: toIssues(result.error) });
  return result.data;
}
