"use client";

import { createContext, type ReactNode, startTransition, useActionState, useEffect, useRef } from "react";
import { type Confirmation, ConfirmDialog, openConfirmDialog } from "./ConfirmDialog";
import { useHydrated } from "./useHydrated";

/**
 * What a form's server action answers: an error to show, or a message of success; with the API's
 * field errors by field name (`expiryDate`, `plot.coordinates`) for the fields to show beside them.
 */
export type FormState = { error?: string; ok?: string; fieldErrors?: Record<string, string> } | undefined;

/** The answer of the enclosing form's last submission, for its fields (`FormField`). */
export const FormStateContext = createContext<FormState>(undefined);

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
  /** For a destructive or public act: what to ask (in a modal dialog, Cancel focused) before it is sent. */
  confirm?: Confirmation | undefined;
};

/**
 * A form posting to a server action (works without JavaScript), showing its error or success in
 * words in a live region, and its button busy while it runs. What was typed stays when the action
 * answers an error (React would reset the form after any answer); after a success the fields go
 * back to their defaults (an edit form's, by then, the saved values). With `confirm`, a valid
 * submission first asks in a dialog and is sent only when confirmed.
 */
export function ActionForm({
  action,
  submitLabel,
  pendingLabel,
  children,
  className,
  tone = "primary",
  "aria-label": ariaLabel,
  confirm,
}: ActionFormProps) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const form = useRef<HTMLFormElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const asked = useRef<FormData | null>(null);
  // Without JavaScript the form would post without asking: an act that must be confirmed waits.
  const hydrated = useHydrated();
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const buttonClass = tone === "primary" ? "btn" : tone === "danger" ? "btn btn-danger" : "btn btn-secondary";
  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget, event.nativeEvent.submitter);
        if (confirm) {
          asked.current = data;
          openConfirmDialog(dialog.current);
        } else startTransition(() => formAction(data));
      }}
      className={className ?? "stack"}
      aria-label={ariaLabel}
    >
      <FormStateContext value={state}>{children}</FormStateContext>
      <div aria-live="polite">
        {state?.error && (
          <p className="form-error" role="alert">
            {state.error}
          </p>
        )}
        {state?.ok && <p className="form-ok">{state.ok}</p>}
      </div>
      <div>
        <button
          type="submit"
          className={buttonClass}
          disabled={pending || (confirm !== undefined && !hydrated)}
        >
          {pending ? (pendingLabel ?? `${submitLabel}…`) : submitLabel}
        </button>
      </div>
      {confirm && (
        <ConfirmDialog
          ref={dialog}
          {...confirm}
          onConfirm={() => {
            const data = asked.current;
            if (data) startTransition(() => formAction(data));
          }}
        />
      )}
    </form>
  );
}
