"use client";

import { useActionState, useId, useRef } from "react";
import type { FormState } from "./ActionForm";
import { useHydrated } from "./useHydrated";

export type ConfirmActionButtonProps = {
  /** A server action bound to what it acts on (one member, one webhook). */
  action: () => Promise<FormState>;
  label: string;
  pendingLabel: string;
  /** The question the dialog asks, e.g. "Delete this webhook?". */
  title: string;
  /** What happens if they go on, in a sentence. */
  description: string;
  confirmLabel: string;
  /** Names the button for assistive technology when its label alone is ambiguous (one per row). */
  "aria-label"?: string;
};

/**
 * A button for something that cannot be undone: it opens a modal dialog (focus kept inside,
 * Escape cancels) that asks first, then posts to the server action and says why when it fails.
 */
export function ConfirmActionButton({
  action,
  label,
  pendingLabel,
  title,
  description,
  confirmLabel,
  "aria-label": ariaLabel,
}: ConfirmActionButtonProps) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const dialog = useRef<HTMLDialogElement>(null);
  const hydrated = useHydrated();
  const id = useId();
  return (
    <span className="row" style={{ alignItems: "center" }}>
      <button
        type="button"
        className="btn btn-secondary"
        aria-label={ariaLabel}
        disabled={!hydrated || pending}
        onClick={() => dialog.current?.showModal()}
      >
        {pending ? pendingLabel : label}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
        <form action={formAction} className="stack" onSubmit={() => dialog.current?.close()}>
          <h2 id={`${id}-title`} className="dialog-title">
            {title}
          </h2>
          <p id={`${id}-text`}>{description}</p>
          <div className="row">
            <button type="submit" className="btn btn-danger">
              {confirmLabel}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
      {state?.error && (
        <span className="form-error" role="alert">
          {state.error}
        </span>
      )}
    </span>
  );
}
