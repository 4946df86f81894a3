/** How many events, hidden steps and attestations a public record has, in that order. */
export type RecordShape = [events: number, hiddenSteps: number, attestations: number];

/**
 * The shape of a public record (`RecordShape`): Verify's labels name its steps and attestations by
 * position, so Verify checks a record it fetches only when its shape is the one the page shows.
 *
 * @example
 * shapeOfRecord({ events: [a, b], attestations: [] }); // [2, 0, 0]
 */
export function shapeOfRecord(record: {
  events?: unknown;
  hiddenSteps?: unknown;
  attestations?: unknown;
}): RecordShape {
  const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
  return [count(record.events), count(record.hiddenSteps), count(record.attestations)];
}
