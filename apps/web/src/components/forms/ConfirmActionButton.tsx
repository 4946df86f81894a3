"use client";

import { startTransition, useActionState, useRef } from "react";
import type { FormState } from "./ActionForm";
import { type Confirmation, ConfirmDialog, openConfirmDialog } from "./ConfirmDialog";
import { useHydrated } from "./useHydrated";

export type ConfirmActionButtonProps = Confirmation & {
  /** A server action bound to what it acts on (one member, one webhook, one API key). */
  action: () => Promise<FormState>;
  label: string;
  pendingLabel: string;
  /** Names the button for assistive technology when its label alone is ambiguous (one per row). */
  "aria-label"?: string;
};

/**
 * A button for something that cannot be undone: it opens a modal dialog (focus kept inside,
 * Cancel focused, Escape cancels) that asks first, then runs the server action and says why when
 * it fails.
 */
export function ConfirmActionButton({
  action,
  label,
  pendingLabel,
  "aria-label": ariaLabel,
  ...confirmation
}: ConfirmActionButtonProps) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const dialog = useRef<HTMLDialogElement>(null);
  const hydrated = useHydrated();
  return (
    <span className="row" style={{ alignItems: "center" }}>
      <button
        type="button"
        className="btn btn-secondary"
        aria-label={ariaLabel}
        disabled={!hydrated || pending}
        onClick={() => openConfirmDialog(dialog.current)}
      >
        {pending ? pendingLabel : label}
      </button>
      <ConfirmDialog ref={dialog} {...confirmation} onConfirm={() => startTransition(() => formAction())} />
      {state?.error && (
        <span className="form-error" role="alert">
          {state.error}
        </span>
      )}
    </span>
  );
}
