/**
 * A timeline with each error declaration moved to just after the event it declares erroneous
 * (they share an event time, so the time order alone puts them either way); declarations of events
 * not in the list, and everything else, keep their place.
 *
 * @example
 * correctionsAfterTheirEvents(events, (e) => e.eventHash, (e) => e.event["tm:declares"])
 */
export function correctionsAfterTheirEvents<T>(
  items: T[],
  hashOf: (item: T) => string,
  declaredBy: (item: T) => string | null | undefined,
): T[] {
  const hashes = new Set(items.map(hashOf));
  const moved = new Map<string, T[]>();
  for (const item of items) {
    const declared = declaredBy(item);
    if (declared && hashes.has(declared)) moved.set(declared, [...(moved.get(declared) ?? []), item]);
  }
  return items.flatMap((item) => {
    const declared = declaredBy(item);
    if (declared && hashes.has(declared)) return [];
    return [item, ...(moved.get(hashOf(item)) ?? [])];
  });
}
