import { fieldErrorHint, problemWords } from "@/lib/format/problemWords";

/** A field the API rejected, as its RFC 9457 problem lists it. */
export type FieldError = { field: string; message: string };

/**
 * An answer of the API other than success, or no answer: status 0 means it could not be reached.
 * Carries the problem's title and detail so that pages can say what went wrong in words.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];

  constructor(status: number, title: string, detail?: string, errors: FieldError[] = [], cause?: unknown) {
    super(detail ? `${title}: ${detail}` : title, { cause });
    this.name = "ApiError";
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
  }

  /** The problem's field errors by field name without its `body.` prefix (the first of each, in words). */
  get fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const e of this.errors) byField[e.field.replace(/^body\./, "")] ??= fieldErrorHint(e.message);
    return byField;
  }

  /** Sentences for a person: each field error with the field's label, else the detail, else the title. */
  get readable(): string {
    return problemWords(this);
  }
}

/** Builds an ApiError from a problem+json body (or anything else the API answered). */
export function problemToError(status: number, body: unknown): ApiError {
  const problem = (body ?? {}) as { title?: unknown; detail?: unknown; errors?: unknown };
  const errors = Array.isArray(problem.errors)
    ? problem.errors.flatMap((e) =>
        e && typeof e === "object" && "message" in e
          ? [{ field: String((e as FieldError).field ?? ""), message: String((e as FieldError).message) }]
          : [],
      )
    : [];
  return new ApiError(
    status,
    typeof problem.title === "string" ? problem.title : `HTTP ${status}`,
    typeof problem.detail === "string" ? problem.detail : undefined,
    errors,
  );
}
