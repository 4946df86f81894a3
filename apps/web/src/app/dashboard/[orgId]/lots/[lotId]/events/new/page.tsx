import type { Metadata } from "next";
import Link from "next/link";
import { commonBizSteps, commonDispositions } from "@/components/dashboard/labels";
import { ActionForm } from "@/components/forms/ActionForm";
import { LocalDateTimeInput } from "@/components/forms/LocalDateTimeInput";
import { recordEventAction } from "@/lib/actions/events";
import { apiRequest } from "@/lib/api/apiRequest";
import { settle } from "@/lib/api/settle";
import type { Location, Lot, Page } from "@/lib/api/types";
import { orgPath } from "@/lib/orgPath";

export const metadata: Metadata = { title: "Record an event" };

export default async function NewEventPage({
  params,
}: PageProps<"/dashboard/[orgId]/lots/[lotId]/events/new">) {
  const { orgId, lotId } = await params;
  const [lot, locations] = await Promise.all([
    apiRequest<Lot>(`/orgs/${orgId}/lots/${lotId}`),
    settle(apiRequest<Page<Location>>(`/orgs/${orgId}/locations`, { query: { limit: 200 } })),
  ]);
  const places = locations.ok ? locations.value.items : [];
  return (
    <>
      <div>
        <p className="muted">
          <Link href={orgPath(orgId, "lots", lotId)}>
            {lot.productName} · lot {lot.lotCode}
          </Link>
        </p>
        <h1 className="page-title">Record an event</h1>
        <p className="muted">
          One step of the lot’s journey, recorded as an EPCIS 2.0 event and anchored on chain within minutes.
          Events are never edited: a mistake is corrected by a new event.
        </p>
      </div>
      <ActionForm
        action={recordEventAction.bind(null, orgId, lotId)}
        submitLabel="Record event"
        pendingLabel="Recording…"
        aria-label="Record an event"
        className="card stack"
      >
        <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="visually-hidden">What happened</legend>
          <div className="grid-2">
            <label className="field">
              <span>Business step</span>
              <select className="input" name="bizStep" defaultValue="shipping">
                {commonBizSteps.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Disposition (state afterwards)</span>
              <select className="input" name="disposition" defaultValue="">
                <option value="">Not stated</option>
                {commonDispositions.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <LocalDateTimeInput name="eventTime" label="When" />
            <label className="field">
              <span>Where</span>
              <select className="input" name="locationId" defaultValue="">
                <option value="">Not stated</option>
                {places.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                    {l.city ? ` (${l.city})` : ""}
                  </option>
                ))}
              </select>
              <small>
                <Link href={orgPath(orgId, "locations")}>Add a location</Link> to see it on the public map.
              </small>
            </label>
            <label className="field">
              <span>Quantity</span>
              <input className="input" name="quantity" inputMode="decimal" />
            </label>
            <label className="field">
              <span>Unit</span>
              <input className="input" name="unit" placeholder="KGM, LTR, EA" maxLength={10} />
            </label>
          </div>
        </fieldset>
        <details>
          <summary>Receiving, shipping, readings and documents</summary>
          <div className="grid-2" style={{ marginTop: "var(--space-4)" }}>
            <label className="field">
              <span>Received from (GLN)</span>
              <input className="input" name="sourceGln" inputMode="numeric" pattern="\d{13}" />
              <small>For “Receiving”: the 13-digit GLN of the company that shipped it.</small>
            </label>
            <label className="field">
              <span>Shipped to (GLN)</span>
              <input className="input" name="destinationGln" inputMode="numeric" pattern="\d{13}" />
            </label>
            <label className="field">
              <span>Temperature (°C)</span>
              <input className="input" name="temperature" inputMode="decimal" />
            </label>
            <label className="field">
              <span>Attach documents</span>
              <input className="input" type="file" name="files" multiple />
              <small>
                Certificates, delivery notes, lab reports: kept private, their hash is part of the event.
              </small>
            </label>
            <label className="field">
              <span>…or SHA-256 of documents already uploaded</span>
              <input className="input" name="documents" />
            </label>
          </div>
        </details>
      </ActionForm>
    </>
  );
}
