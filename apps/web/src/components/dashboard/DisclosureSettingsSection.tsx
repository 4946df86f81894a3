import { fieldGroupLabels, withholdableFieldGroups } from "@tracemark/sdk";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { ActionForm } from "@/components/forms/ActionForm";
import { SelectField } from "@/components/forms/SelectField";
import { saveDisclosureAction } from "@/lib/actions/disclosure";
import { api, dataOf } from "@/lib/api/api";
import type { Role } from "@/lib/api/types";
import { locationLevelWords } from "@/lib/disclosure/locationLevels";
import { roleAtLeast } from "@/lib/roles";

/** The business steps offered for a choice of their own (any other step follows the default). */
const steps = ["commissioning", "packing", "shipping", "receiving", "transforming", "storing", "inspecting"];

const fieldset = { border: 0, padding: 0, margin: 0 } as const;

/**
 * Which fields of public steps the public sees (`GET`/`PUT /orgs/:orgId/disclosure`): field groups
 * withheld by default and per business step, and how finely a withheld exact location is still shown.
 */
export async function DisclosureSettingsSection({ orgId, role }: { orgId: string; role: Role }) {
  const settings = await dataOf(api.GET("/orgs/{orgId}/disclosure", { params: { path: { orgId } } }));
  const intro = (
    <div>
      <h2 id="disclosure-title">Which fields of public steps the public sees</h2>
      <p className="muted">
        Choose which fields of your events consumer pages and the public API leave out. A withheld field stays
        sealed: the page says it is not public, and Verify still proves everything shown. Your custody
        partners see every field.
      </p>
    </div>
  );
  const groups = (name: string, checked: readonly string[]) =>
    withholdableFieldGroups.map((group) => (
      <label key={group} className="row" style={{ alignItems: "center" }}>
        <input type="checkbox" name={name} value={group} defaultChecked={checked.includes(group)} />
        {fieldGroupLabels[group]}
      </label>
    ));
  if (!roleAtLeast(role, "admin")) {
    return (
      <section className="card stack" aria-labelledby="disclosure-title">
        {intro}
        <p>
          Withheld from public pages:{" "}
          {settings.withhold.length === 0
            ? "nothing"
            : settings.withhold.map((group) => fieldGroupLabels[group]).join(", ")}
          . A withheld exact location is shown as{" "}
          {locationLevelWords.find(([level]) => level === (settings.locationLevel ?? "country"))?.[1]}.
        </p>
        <RoleRequired minimum="admin" role={role} to="change what is public" />
      </section>
    );
  }
  return (
    <section className="card stack" aria-labelledby="disclosure-title">
      {intro}
      <div className="stack">
        <h3>Not public</h3>
        <ActionForm
          action={saveDisclosureAction.bind(null, orgId)}
          submitLabel="Save"
          aria-label="Privacy settings"
        >
          <fieldset className="stack" style={fieldset}>
            <legend className="field">
              <span>For every event</span>
            </legend>
            {groups("withhold", settings.withhold)}
          </fieldset>
          <SelectField
            label="Where a step whose exact location is not public is shown"
            name="locationLevel"
            defaultValue={settings.locationLevel ?? "country"}
            options={locationLevelWords}
          />
          {steps.map((step) => {
            const own = settings.byBizStep[step];
            return (
              <fieldset key={step} className="stack" style={fieldset}>
                <legend className="field">
                  <label className="row" style={{ alignItems: "center" }}>
                    <input type="checkbox" name="own" value={step} defaultChecked={own !== undefined} />
                    <span>A choice of its own for {step} events</span>
                  </label>
                </legend>
                {groups(`step:${step}`, own ?? [])}
              </fieldset>
            );
          })}
        </ActionForm>
      </div>
    </section>
  );
}
