import { ActionButton } from "@/components/forms/ActionButton";
import { setOrganizationStatusAction } from "@/lib/actions/admin";

/** The one change an organisation's status allows: admit a pending one, suspend an active one, reinstate a suspended one. */
export function StatusActions({ orgId, name, status }: { orgId: string; name: string; status: string }) {
  if (status === "pending")
    return (
      <ActionButton
        action={setOrganizationStatusAction.bind(null, orgId, "admit")}
        label="Admit"
        pendingLabel="Admitting…"
        tone="primary"
        aria-label={`Admit ${name}`}
      />
    );
  if (status === "active")
    return (
      <ActionButton
        action={setOrganizationStatusAction.bind(null, orgId, "suspend")}
        label="Suspend"
        pendingLabel="Suspending…"
        aria-label={`Suspend ${name}`}
      />
    );
  return (
    <ActionButton
      action={setOrganizationStatusAction.bind(null, orgId, "reinstate")}
      label="Reinstate"
      pendingLabel="Reinstating…"
      aria-label={`Reinstate ${name}`}
    />
  );
}
