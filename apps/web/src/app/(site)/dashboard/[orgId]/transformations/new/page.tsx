import type { Metadata } from "next";
import { LinkEventPage } from "@/components/dashboard/LinkEventPage";
import { LotPicker } from "@/components/forms/LotPicker";
import { NewLotRows } from "@/components/forms/NewLotRows";
import { recordTransformationAction } from "@/lib/actions/events";
import { searchParam } from "@/lib/searchParam";

export const metadata: Metadata = { title: "Record a transformation" };

/** A transformation: lots that went in (own or received), lots that came out, new or existing. */
export default async function NewTransformationPage({
  params,
  searchParams,
}: PageProps<"/dashboard/[orgId]/transformations/new">) {
  const [{ orgId }, search] = await Promise.all([params, searchParams]);
  return (
    <LinkEventPage
      orgId={orgId}
      title="Record a transformation"
      lead="Lots that went in and lots that came out: roasting, milling, blending, cooking. Shoppers scanning a lot that came out see what it was made of, and a recall of an ingredient reaches it."
      to="record transformations"
      action={recordTransformationAction.bind(null, orgId)}
      submitLabel="Record transformation"
    >
      {({ lots, products }) => (
        <>
          <section className="stack" aria-labelledby="lots-used-title">
            <h2 id="lots-used-title">Your lots and lots shipped to you</h2>
            <p className="muted">Mark each lot that went in, and any existing lot of yours that came out.</p>
            <LotPicker
              lots={lots}
              mode="use"
              preset={searchParam(search, "input")}
              caption="How each lot took part"
            />
          </section>
          <section className="stack" aria-labelledby="new-lots-title">
            <h2 id="new-lots-title">New lots it made</h2>
            <NewLotRows products={products} />
          </section>
        </>
      )}
    </LinkEventPage>
  );
}
