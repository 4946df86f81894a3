"use client";

import { useActionState, useState } from "react";
import type { FormState } from "@/components/forms/ActionForm";
import type { Role } from "@/lib/api/types";
import { roleNames } from "./labels";

export type MemberRoleFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  current: Role;
  /** The roles this person may hand out. */
  roles: Role[];
  /** Who the member is, to name the field for assistive technology. */
  memberLabel: string;
};

/** A member's role, changeable in place; a refused change puts the select back and says why. */
export function MemberRoleForm({ action, current, roles, memberLabel }: MemberRoleFormProps) {
  const [role, setRole] = useState(current);
  const [state, formAction, pending] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await action(previous, formData);
    if (result?.error) setRole(current);
    return result;
  }, undefined);
  return (
    <form action={formAction} className="stack" style={{ gap: "var(--space-2)" }}>
      <div className="row" style={{ alignItems: "center", flexWrap: "nowrap" }}>
        <label style={{ flex: "none" }}>
          <span className="visually-hidden">Role of {memberLabel}</span>
          <select
            className="input"
            style={{ width: "auto", minWidth: "8.5rem" }}
            name="role"
            value={role}
            onChange={(e) => setRole(roles.find((r) => r === e.target.value) ?? role)}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleNames[r]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn btn-secondary" disabled={pending || role === current}>
          {pending ? "Saving…" : "Change role"}
        </button>
      </div>
      <div aria-live="polite">
        {state?.error && (
          <p className="form-error" role="alert">
            {state.error}
          </p>
        )}
      </div>
    </form>
  );
}
