"use client";

import { type ReactNode, useActionState } from "react";

/** What a form's server action answers: an error to show, or a message of success. */
export type FormState = { error?: string; ok?: string } | undefined;

export type ActionFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  pendingLabel?: string;
  children: ReactNode;
  className?: string;
  /** Visual weight of the submit button. */
  tone?: "primary" | "secondary" | "danger";
  /** Accessible name of the form. */
  "aria-label"?: string;
};

/**
 * A form posting to a server action (works without JavaScript), showing its error or success in
 * words in a live region, and its button busy while it runs.
 */
export function ActionForm({
  action,
  submitLabel,
  pendingLabel,
  children,
  className,
  tone = "primary",
  "aria-label": ariaLabel,
}: ActionFormProps) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const buttonClass = tone === "primary" ? "btn" : tone === "danger" ? "btn btn-danger" : "btn btn-secondary";
  return (
    <form action={formAction} className={className ?? "stack"} aria-label={ariaLabel}>
      {children}
      <div aria-live="polite">
        {state?.error && (
          <p className="form-error" role="alert">
            {state.error}
          </p>
        )}
        {state?.ok && <p className="form-ok">{state.ok}</p>}
      </div>
      <div>
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? (pendingLabel ?? `${submitLabel}…`) : submitLabel}
        </button>
      </div>
    </form>
  );
}
