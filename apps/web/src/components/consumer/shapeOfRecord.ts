/** How many events, hidden steps and attestations a public record has, and how many events it leaves out. */
export type RecordShape = [events: number, hiddenSteps: number, attestations: number, omittedEvents: number];

/**
 * The shape of a public record (`RecordShape`): Verify's labels name its steps and attestations by
 * position, so Verify checks a record it fetches only when its shape is the one the page shows. A
 * record over its cap keeps its latest steps: a new one shifts them and changes only the count left out.
 *
 * @example
 * shapeOfRecord({ events: [a, b], attestations: [], omittedEvents: { owner: 0, partners: 0 } }); // [2, 0, 0, 0]
 */
export function shapeOfRecord(record: {
  events?: unknown;
  hiddenSteps?: unknown;
  attestations?: unknown;
  omittedEvents?: { owner: number; partners: number } | undefined;
}): RecordShape {
  const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
  const omitted = record.omittedEvents;
  return [
    count(record.events),
    count(record.hiddenSteps),
    count(record.attestations),
    omitted ? omitted.owner + omitted.partners : 0,
  ];
}
