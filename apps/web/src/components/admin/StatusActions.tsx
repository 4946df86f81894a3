import { ActionButton } from "@/components/forms/ActionButton";
import { setOrganizationStatusAction } from "@/lib/actions/admin";

/** The one change each status allows, with its button's words (any other status is taken as suspended). */
const CHANGES = {
  pending: { change: "admit", label: "Admit", pendingLabel: "Admitting…", tone: "primary" },
  active: { change: "suspend", label: "Suspend", pendingLabel: "Suspending…", tone: "secondary" },
  suspended: { change: "reinstate", label: "Reinstate", pendingLabel: "Reinstating…", tone: "secondary" },
} as const;

/** The one change an organisation's status allows: admit a pending one, suspend an active one, reinstate a suspended one. */
export function StatusActions({ orgId, name, status }: { orgId: string; name: string; status: string }) {
  const { change, label, pendingLabel, tone } =
    status === "pending" || status === "active" ? CHANGES[status] : CHANGES.suspended;
  return (
    <ActionButton
      action={setOrganizationStatusAction.bind(null, orgId, change)}
      label={label}
      pendingLabel={pendingLabel}
      tone={tone}
      aria-label={`${label} ${name}`}
    />
  );
}
