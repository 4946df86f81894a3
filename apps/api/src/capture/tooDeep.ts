/**
 * How deep an EPCIS event may nest (objects and lists within it). The standard's own structures go
 * about six levels down (sensorElementList → sensorReport → a report's extension); extensions get the
 * rest. The event hash and the schema walk an event recursively, so a capture nested thousands deep
 * would overflow the stack of the worker that hashes it.
 */
export const MAX_EVENT_DEPTH = 64;

/** The message naming a value `tooDeep` found. */
export const nestedTooDeep = `nested deeper than ${MAX_EVENT_DEPTH} levels within its event`;

/**
 * The path to the first value nested deeper than `maxDepth` inside `value` (keys and list indexes,
 * `maxDepth + 1` of them), or `undefined`. Walks with its own stack, so any depth is safe to measure.
 *
 * @example
 * tooDeep({ a: { b: [1] } }, 2) // ["a", "b", "0"]
 */
export function tooDeep(value: unknown, maxDepth: number = MAX_EVENT_DEPTH): string[] | undefined {
  type Step = { value: unknown; depth: number; key: string; parent: Step | undefined };
  const stack: Step[] = [{ value, depth: 0, key: "", parent: undefined }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if (step.value === null || typeof step.value !== "object") continue;
    if (step.depth > maxDepth) {
      const path: string[] = [];
      for (let at: Step | undefined = step; at?.parent !== undefined; at = at.parent) path.unshift(at.key);
      return path;
    }
    for (const [key, child] of Object.entries(step.value)) {
      if (child !== null && typeof child === "object")
        stack.push({ value: child, depth: step.depth + 1, key, parent: step });
    }
  }
  return undefined;
}

/** A path from `tooDeep` as a field name: `ex:a.ex:b[0]`. */
export function fieldOf(path: string[]): string {
  return path.map((key, i) => (/^\d+$/.test(key) ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
}
