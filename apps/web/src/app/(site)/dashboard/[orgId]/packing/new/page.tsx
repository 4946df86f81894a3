import type { Metadata } from "next";
import { LinkEventPage } from "@/components/dashboard/LinkEventPage";
import { Field } from "@/components/forms/Field";
import { LotPicker } from "@/components/forms/LotPicker";
import { SelectField } from "@/components/forms/SelectField";
import { recordPackingAction } from "@/lib/actions/events";
import { searchParam } from "@/lib/searchParam";

export const metadata: Metadata = { title: "Record a packing" };

/** A packing: lots and serials put into a pallet or case (SSCC) or a serialised item. */
export default async function NewPackingPage({
  params,
  searchParams,
}: PageProps<"/dashboard/[orgId]/packing/new">) {
  const [{ orgId }, search] = await Promise.all([params, searchParams]);
  return (
    <LinkEventPage
      orgId={orgId}
      title="Record a packing"
      lead="Lots or serialised items put on a pallet, into a case or into a serialised item. Scanning the pallet’s SSCC then tells what is on it, and the trace follows the lots through it."
      to="record packings"
      action={recordPackingAction.bind(null, orgId)}
      submitLabel="Record packing"
    >
      {({ lots, products }) => (
        <>
          <fieldset className="stack">
            <legend>Packed into</legend>
            <label className="row">
              <input type="radio" name="parentKind" value="sscc" defaultChecked /> A pallet or case (SSCC)
            </label>
            <Field label="SSCC" name="sscc" inputMode="numeric" maxLength={22} placeholder="18 digits" />
            {products.length > 0 && (
              <>
                <label className="row">
                  <input type="radio" name="parentKind" value="serial" /> A serialised item
                </label>
                <div className="grid-2">
                  <SelectField
                    label="Its product"
                    name="parentProduct"
                    defaultValue=""
                    none="Choose a product"
                    options={products.map((p) => [p.id, `${p.name} (${p.gtin})`] as const)}
                  />
                  <Field label="Its serial number" name="parentSerial" maxLength={20} />
                </div>
              </>
            )}
          </fieldset>
          <section className="stack" aria-labelledby="packed-lots-title">
            <h2 id="packed-lots-title">What was packed</h2>
            <LotPicker lots={lots} mode="pack" preset={searchParam(search, "lot")} caption="Lots packed" />
          </section>
        </>
      )}
    </LinkEventPage>
  );
}
