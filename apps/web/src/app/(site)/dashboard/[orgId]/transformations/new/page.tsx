import type { Metadata } from "next";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { ActionForm } from "@/components/forms/ActionForm";
import { LocalDateTimeInput } from "@/components/forms/LocalDateTimeInput";
import { LotPicker } from "@/components/forms/LotPicker";
import { NewLotRows } from "@/components/forms/NewLotRows";
import { PlaceSelect } from "@/components/forms/PlaceSelect";
import { recordTransformationAction } from "@/lib/actions/events";
import { getLinkChoices } from "@/lib/api/getLinkChoices";
import { roleAtLeast } from "@/lib/roles";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Record a transformation" };

/** A transformation: lots that went in (own or received), lots that came out, new or existing. */
export default async function NewTransformationPage({
  params,
  searchParams,
}: PageProps<"/dashboard/[orgId]/transformations/new">) {
  const [{ orgId }, search] = await Promise.all([params, searchParams]);
  const { role } = await requireOrgRole(orgId);
  const { lots, products, locations } = await getLinkChoices(orgId);
  return (
    <>
      <div>
        <h1 className="page-title">Record a transformation</h1>
        <p className="muted">
          Lots that went in and lots that came out: roasting, milling, blending, cooking. Shoppers scanning a
          lot that came out see what it was made of, and a recall of an ingredient reaches it.
        </p>
      </div>
      {!roleAtLeast(role, "operator") ? (
        <RoleRequired minimum="operator" role={role} to="record transformations" />
      ) : !lots.ok ? (
        <p className="form-error">{lots.error}</p>
      ) : (
        <ActionForm
          action={recordTransformationAction.bind(null, orgId)}
          submitLabel="Record transformation"
          pendingLabel="Recording…"
          aria-label="Record a transformation"
          className="card stack"
        >
          <section className="stack" aria-labelledby="lots-used-title">
            <h2 id="lots-used-title">Your lots and lots shipped to you</h2>
            <p className="muted">Mark each lot that went in, and any existing lot of yours that came out.</p>
            <LotPicker
              lots={lots.value.items}
              mode="use"
              preset={typeof search.input === "string" ? search.input : undefined}
              caption="How each lot took part"
            />
          </section>
          <section className="stack" aria-labelledby="new-lots-title">
            <h2 id="new-lots-title">New lots it made</h2>
            <NewLotRows products={products.ok ? products.value.items : []} />
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
