/**
 * The journey's shown steps and its hidden steps ("details not public") in one list, in time order:
 * each hidden step goes where its `position` (how many shown steps precede it) puts it, and shown
 * steps keep their order (the `index` order of the record).
 *
 * @example
 * stepsInTimeOrder([{ index: 0 }, { index: 1 }], [{ index: 0, position: 1 }])
 * // [{ kind: "shown", step: { index: 0 } }, { kind: "hidden", step: { index: 0, position: 1 } }, { kind: "shown", step: { index: 1 } }]
 */
export function stepsInTimeOrder<S extends { index: number }, H extends { index: number; position: number }>(
  shown: S[],
  hidden: H[],
): ({ kind: "shown"; step: S } | { kind: "hidden"; step: H })[] {
  const steps = shown.slice().sort((a, b) => a.index - b.index);
  const waiting = hidden.slice().sort((a, b) => a.position - b.position || a.index - b.index);
  const merged: ({ kind: "shown"; step: S } | { kind: "hidden"; step: H })[] = [];
  let next = 0;
  for (const [count, step] of steps.entries()) {
    for (; next < waiting.length && (waiting[next]?.position ?? 0) <= count; next += 1) {
      merged.push({ kind: "hidden", step: waiting[next] as H });
    }
    merged.push({ kind: "shown", step });
  }
  for (const step of waiting.slice(next)) merged.push({ kind: "hidden", step });
  return merged;
}
