"use client";

import { useActionState } from "react";
import type { FormState } from "@/components/forms/ActionForm";

/** Revokes one API key (a server action bound to it), saying so or why not. */
export function RevokeKeyButton({ action }: { action: () => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction}>
      <button type="submit" className="btn btn-secondary" disabled={pending}>
        {pending ? "Revoking…" : "Revoke"}
      </button>
      {state?.error && <span className="form-error">{state.error}</span>}
    </form>
  );
}
