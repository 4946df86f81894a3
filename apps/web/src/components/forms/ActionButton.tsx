"use client";

import { useActionState } from "react";
import type { FormState } from "./ActionForm";

export type ActionButtonProps = {
  /** A server action bound to what it acts on (e.g. one API key, one transfer). */
  action: () => Promise<FormState>;
  label: string;
  pendingLabel: string;
  tone?: "primary" | "secondary";
  /** Names the button for assistive technology when its label alone is ambiguous (one per row). */
  "aria-label"?: string;
};

/** One button posting to a server action, saying why when it fails. */
export function ActionButton({
  action,
  label,
  pendingLabel,
  tone = "secondary",
  "aria-label": ariaLabel,
}: ActionButtonProps) {
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction} className="row">
      <button
        type="submit"
        className={tone === "primary" ? "btn" : "btn btn-secondary"}
        aria-label={ariaLabel}
        disabled={pending}
      >
        {pending ? pendingLabel : label}
      </button>
      {state?.error && (
        <span className="form-error" role="alert">
          {state.error}
        </span>
      )}
      {state?.ok && <span className="form-ok">{state.ok}</span>}
    </form>
  );
}
