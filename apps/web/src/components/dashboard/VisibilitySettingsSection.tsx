import { commonBizSteps, visibilityMeaning, visibilityWords } from "@/components/dashboard/labels";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { ActionForm } from "@/components/forms/ActionForm";
import { setVisibilitySettingsAction } from "@/lib/actions/organizations";
import { api, dataOf } from "@/lib/api/api";
import type { EventVisibility, Role } from "@/lib/api/types";
import { roleAtLeast } from "@/lib/roles";

const visibilities: EventVisibility[] = ["public", "partners", "private"];
const visibilityOptions = visibilities.map((v) => (
  <option key={v} value={v}>
    {visibilityWords[v]}
  </option>
));

/**
 * Which steps the public sees: who sees a step the organisation records when whoever records it does
 * not choose, overall and per business step (`GET`/`PUT /orgs/:orgId/visibility`).
 */
export async function VisibilitySettingsSection({ orgId, role }: { orgId: string; role: Role }) {
  const settings = await dataOf(api.GET("/orgs/{orgId}/visibility", { params: { path: { orgId } } }));
  const manages = roleAtLeast(role, "admin");
  return (
    <section className="card stack" aria-labelledby="visibility-title">
      <div>
        <h2 id="visibility-title">Which steps the public sees</h2>
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
              {visibilityOptions}
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
                  {visibilityOptions}
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
    </section>
  );
}
