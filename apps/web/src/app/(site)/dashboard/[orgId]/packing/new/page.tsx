import type { Metadata } from "next";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { ActionForm } from "@/components/forms/ActionForm";
import { LocalDateTimeInput } from "@/components/forms/LocalDateTimeInput";
import { LotPicker } from "@/components/forms/LotPicker";
import { PlaceSelect } from "@/components/forms/PlaceSelect";
import { recordPackingAction } from "@/lib/actions/events";
import { getLinkChoices } from "@/lib/api/getLinkChoices";
import { roleAtLeast } from "@/lib/roles";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Record a packing" };

/** A packing: lots and serials put into a pallet or case (SSCC) or a serialised item. */
export default async function NewPackingPage({
  params,
  searchParams,
}: PageProps<"/dashboard/[orgId]/packing/new">) {
  const [{ orgId }, search] = await Promise.all([params, searchParams]);
  const { role } = await requireOrgRole(orgId);
  const { lots, products, locations } = await getLinkChoices(orgId);
  const productItems = products.ok ? products.value.items : [];
  return (
    <>
      <div>
        <h1 className="page-title">Record a packing</h1>
        <p className="muted">
          Lots or serialised items put on a pallet, into a case or into a serialised item. Scanning the
          pallet’s SSCC then tells what is on it, and the trace follows the lots through it.
        </p>
      </div>
      {!roleAtLeast(role, "operator") ? (
        <RoleRequired minimum="operator" role={role} to="record packings" />
      ) : !lots.ok ? (
        <p className="form-error">{lots.error}</p>
      ) : (
        <ActionForm
          action={recordPackingAction.bind(null, orgId)}
          submitLabel="Record packing"
          pendingLabel="Recording…"
          aria-label="Record a packing"
          className="card stack"
        >
          <fieldset className="stack">
            <legend>Packed into</legend>
            <label className="row">
              <input type="radio" name="parentKind" value="sscc" defaultChecked /> A pallet or case (SSCC)
            </label>
            <label className="field">
              <span>SSCC</span>
              <input
                className="input"
                name="sscc"
                inputMode="numeric"
                maxLength={22}
                placeholder="18 digits"
              />
            </label>
            {productItems.length > 0 && (
              <>
                <label className="row">
                  <input type="radio" name="parentKind" value="serial" /> A serialised item
                </label>
                <div className="grid-2">
                  <label className="field">
                    <span>Its product</span>
                    <select className="input" name="parentProduct" defaultValue="">
                      <option value="">Choose a product</option>
                      {productItems.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name} ({p.gtin})
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="field">
                    <span>Its serial number</span>
                    <input className="input" name="parentSerial" maxLength={20} />
                  </label>
                </div>
              </>
            )}
          </fieldset>
          <section className="stack" aria-labelledby="packed-lots-title">
            <h2 id="packed-lots-title">What was packed</h2>
            <LotPicker
              lots={lots.value.items}
              mode="pack"
              preset={typeof search.lot === "string" ? search.lot : undefined}
              caption="Lots packed"
            />
          </section>
          <div className="grid-2">
            <LocalDateTimeInput name="eventTime" label="When" />
            <PlaceSelect orgId={orgId} places={locations.ok ? locations.value.items : []} />
          </div>
        </ActionForm>
      )}
    </>
  );
}
