import { TracemarkError } from "./base.ts";

/** One problem found in an EPCIS event or document, with the path of the field. */
export type EpcisIssue = { path: string; message: string };

/** An EPCIS event or document does not conform to EPCIS 2.0 / CBV 2.0. `issues` names every field at fault. */
export class InvalidEpcisError extends TracemarkError {
  override name = "InvalidEpcisError";
  readonly issues: EpcisIssue[];

  constructor({ what, issues, cause }: { what: string; issues: EpcisIssue[]; cause?: unknown }) {
    const first = issues[0];
    const summary = first ? `${first.path || "(root)"}: ${first.message}` : "unknown problem";
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(`Invalid ${what}: ${summary}${more}`, {
      details: issues.map((issue) => `${issue.path || "(root)"}: ${issue.message}`).join("\n"),
      cause,
    });
    this.issues = issues;
  }
}
