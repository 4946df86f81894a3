import type { z } from "zod";
import type { EpcisIssue } from "../errors/epcis.ts";

/** Flattens zod issues (including those inside union branches) into `{ path, message }`, paths like `eventList[0].readPoint.id`. */
export function toIssues(error: z.ZodError, prefix: (string | number)[] = []): EpcisIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}
