/** An RFC 9457 problem details object, as the API sends it with `application/problem+json`. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** For validation problems: each bad field and what is wrong with it. */
  errors?: { field: string; message: string }[];
};

/**
 * An HTTP problem a route or plugin answers on purpose (authentication, content type, the EPCIS
 * binding's headers). Services and stages throw the domain errors of `domain.ts` instead; anything
 * else that reaches the error handler is treated as a server fault and its details are hidden.
 */
export class ProblemError extends Error {
  override readonly name = "ProblemError";
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    options?: {
      cause?: unknown;
      errors?: Problem["errors"];
      headers?: Record<string, string>;
      type?: string;
    },
  ) {
    super(detail ?? title, { cause: options?.cause });
    this.errors = options?.errors;
    this.headers = options?.headers;
    this.type = options?.type;
  }
  readonly errors: Problem["errors"];
  /** The problem's `type` where a standard names it (`epcisException:QueryParameterException`); else one made from the title. */
  readonly type: string | undefined;
  /** Response headers that go with the problem (e.g. `retry-after`). */
  readonly headers: Record<string, string> | undefined;
}
