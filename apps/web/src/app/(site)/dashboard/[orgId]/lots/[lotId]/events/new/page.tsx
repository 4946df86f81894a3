import type { Metadata } from "next";
import { BackToLot } from "@/components/dashboard/BackToLot";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { ActionForm } from "@/components/forms/ActionForm";
import { EventFields } from "@/components/forms/EventFields";
import { recordEventAction } from "@/lib/actions/events";
import { api, dataOf } from "@/lib/api/api";
import { orNotFound } from "@/lib/api/orNotFound";
import { settle } from "@/lib/api/settle";
import { isSprouts } from "@/lib/events/isSprouts";
import { roleAtLeast } from "@/lib/roles";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Record an event" };

export default async function NewEventPage({
  params,
}: PageProps<"/dashboard/[orgId]/lots/[lotId]/events/new">) {
  const { orgId, lotId } = await params;
  const { role } = await requireOrgRole(orgId);
  const [lot, locations] = await Promise.all([
    orNotFound(dataOf(api.GET("/orgs/{orgId}/lots/{lotId}", { params: { path: { orgId, lotId } } }))),
    settle(
      dataOf(api.GET("/orgs/{orgId}/locations", { params: { path: { orgId }, query: { limit: 200 } } })),
    ),
  ]);
  const places = locations.ok ? locations.value.items : [];
  // A product of another organisation (a lot received) may not be readable: then no seed fields.
  const product = await settle(
    dataOf(
      api.GET("/orgs/{orgId}/products/{productId}", {
        params: { path: { orgId, productId: lot.productId } },
      }),
    ),
  );
  const sprouts = product.ok && isSprouts(product.value.commodity ?? "");
  return (
    <>
      <div>
        <BackToLot orgId={orgId} lotId={lotId} lot={lot} />
        <h1 className="page-title">Record an event</h1>
        <p className="muted">
          One step of the lot’s journey, recorded as an EPCIS 2.0 event and anchored on chain within minutes.
          Events are never edited: a mistake is corrected by a new event.
        </p>
      </div>
      {roleAtLeast(role, "operator") ? (
        <ActionForm
          action={recordEventAction.bind(null, orgId, lotId)}
          submitLabel="Record event"
          pendingLabel="Recording…"
          aria-label="Record an event"
          className="card stack"
        >
          <EventFields orgId={orgId} places={places} sprouts={sprouts} />
        </ActionForm>
      ) : (
        <RoleRequired minimum="operator" role={role} to="record events" />
      )}
    </>
  );
}
