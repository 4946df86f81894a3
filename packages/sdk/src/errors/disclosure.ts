import { TracemarkError } from "./base.ts";

/** An event cannot be committed to or disclosed: a value JSON cannot hold, a salt too short, a group unknown. */
export class DisclosureError extends TracemarkError {
  override name = "DisclosureError";

  constructor({ reason }: { reason: string }) {
    super(`Cannot disclose the event: ${reason}.`);
  }
}
