import type { Metadata } from "next";
import { commonBizSteps, visibilityMeaning, visibilityWords } from "@/components/dashboard/labels";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { ActionForm } from "@/components/forms/ActionForm";
import { setVisibilitySettingsAction } from "@/lib/actions/org";
import { apiRequest } from "@/lib/api/apiRequest";
import type { EventVisibility, VisibilitySettings } from "@/lib/api/types";
import { roleAtLeast } from "@/lib/roles";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Visibility" };

const visibilities: EventVisibility[] = ["public", "partners", "private"];

/** Who sees the organisation's steps when whoever records one does not choose: overall and per business step. */
export default async function VisibilityPage({ params }: PageProps<"/dashboard/[orgId]/visibility">) {
  const { orgId } = await params;
  const { role } = await requireOrgRole(orgId);
  const settings = await apiRequest<VisibilitySettings>(`/orgs/${orgId}/visibility`);
  const manages = roleAtLeast(role, "admin");
  return (
    <>
      <div>
        <h1 className="page-title">Visibility</h1>
        <p className="muted">
          Who sees a step you record when whoever records it does not choose. Shoppers always see that a
          hidden step happened, by whom and on which day, and can check it is sealed on the blockchain, but
          never its details. Changing these defaults changes only steps recorded from now on; each step's own
          page changes who sees it.
        </p>
      </div>
      <ul className="stack">
        {visibilities.map((v) => (
          <li key={v}>
            <strong>{visibilityWords[v]}</strong>: {visibilityMeaning[v]}
          </li>
        ))}
      </ul>
      {manages ? (
        <ActionForm
          action={setVisibilitySettingsAction.bind(null, orgId)}
          submitLabel="Save defaults"
          pendingLabel="Saving…"
          aria-label="Visibility defaults"
        >
          <label className="field">
            <span>Every step, unless its business step says otherwise</span>
            <select className="input" name="defaultVisibility" defaultValue={settings.defaultVisibility}>
              {visibilities.map((v) => (
                <option key={v} value={v}>
                  {visibilityWords[v]}
                </option>
              ))}
            </select>
          </label>
          <div className="grid-2">
            {commonBizSteps.map(([step, label]) => (
              <label className="field" key={step}>
                <span>{label}</span>
                <select
                  className="input"
                  name={`step:${step}`}
                  defaultValue={settings.bizStepVisibility[step] ?? ""}
                >
                  <option value="">As every step</option>
                  {visibilities.map((v) => (
                    <option key={v} value={v}>
                      {visibilityWords[v]}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        </ActionForm>
      ) : (
        <>
          <p data-testid="default-visibility">
            Every step: <strong>{visibilityWords[settings.defaultVisibility]}</strong>
          </p>
          <RoleRequired minimum="admin" role={role} to="change the defaults" />
        </>
      )}
    </>
  );
}
