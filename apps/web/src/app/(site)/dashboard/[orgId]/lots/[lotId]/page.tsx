import { buildDigitalLink, type PublicRecordWithDisplay, proofPointClaims } from "@tracemark/sdk";
import type { Metadata, Route } from "next";
import Link from "next/link";
import { VerifyMessages } from "@/components/consumer/VerifyMessages";
import { VerifyPanel } from "@/components/consumer/VerifyPanel";
import { verifyLabelsOf } from "@/components/consumer/verifyLabels";
import { AttestationList } from "@/components/dashboard/AttestationList";
import { EventList } from "@/components/dashboard/EventList";
import { LotDocuments } from "@/components/dashboard/LotDocuments";
import { LotReach } from "@/components/dashboard/LotReach";
import { receivedWords } from "@/components/dashboard/LotTable";
import { ProofPointList } from "@/components/dashboard/ProofPointList";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { TraceGraph } from "@/components/dashboard/TraceGraph";
import { ActionForm } from "@/components/forms/ActionForm";
import { Field } from "@/components/forms/Field";
import { FormCard } from "@/components/forms/FormCard";
import { FormField } from "@/components/forms/FormField";
import { SelectField } from "@/components/forms/SelectField";
import { ProductImage } from "@/components/ProductImage";
import { Settled } from "@/components/Settled";
import { env } from "@/env";
import { getConsumerWords } from "@/i18n/getConsumerWords";
import { requestAuditAction } from "@/lib/actions/audits";
import { createSerialsAction, updateLotAction } from "@/lib/actions/lots";
import { requestProofPointAction } from "@/lib/actions/proofPoints";
import { declareRecallAction, liftRecallAction } from "@/lib/actions/recalls";
import { api, dataOf } from "@/lib/api/api";
import { declaredDataOf } from "@/lib/api/apiClient";
import { getDeployment } from "@/lib/api/getDeployment";
import { getPublicRecord } from "@/lib/api/getPublicRecord";
import { orNotFound } from "@/lib/api/orNotFound";
import { partyNames } from "@/lib/api/partyNames";
import { placeNames } from "@/lib/api/placeNames";
import { settle } from "@/lib/api/settle";
import type { ApiResponse } from "@/lib/api/types";
import { formatDate } from "@/lib/format/formatEventTime";
import { orgPath } from "@/lib/orgPath";
import { roleAtLeast } from "@/lib/roles";
import { searchParam } from "@/lib/searchParam";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Lot" };

export default async function LotPage({
  params,
  searchParams,
}: PageProps<"/dashboard/[orgId]/lots/[lotId]">) {
  const [{ orgId, lotId }, search] = await Promise.all([params, searchParams]);
  const documentsCursor = searchParam(search, "documents");
  const { role } = await requireOrgRole(orgId);
  const writes = roleAtLeast(role, "operator");
  const manages = roleAtLeast(role, "admin");
  const lot = await orNotFound(
    dataOf(api.GET("/orgs/{orgId}/lots/{lotId}", { params: { path: { orgId, lotId } } })),
  );
  // A lot shipped to the organisation: it sees the lot's record, records its own events, and no more.
  const received = lot.receivedFrom;
  const owns = received === null;
  const [
    product,
    events,
    trace,
    attestations,
    recalls,
    auditors,
    locations,
    documents,
    record,
    deployment,
    proofPoints,
    outgoing,
    incoming,
  ] = await Promise.all([
    owns
      ? settle(
          dataOf(
            api.GET("/orgs/{orgId}/products/{productId}", {
              params: { path: { orgId, productId: lot.productId } },
            }),
          ),
        )
      : ({ ok: false, error: "" } as const),
    settle(
      dataOf(
        api.GET("/orgs/{orgId}/lots/{lotId}/events", {
          params: { path: { orgId, lotId }, query: { limit: 500 } },
        }),
      ),
    ),
    settle(dataOf(api.GET("/orgs/{orgId}/lots/{lotId}/trace", { params: { path: { orgId, lotId } } }))),
    settle(dataOf(api.GET("/orgs/{orgId}/attestations", { params: { path: { orgId }, query: { lotId } } }))),
    settle(
      dataOf(
        api.GET("/orgs/{orgId}/recalls", { params: { path: { orgId }, query: { lotId, status: "active" } } }),
      ),
    ),
    settle(dataOf(api.GET("/auditors"))),
    settle(
      dataOf(api.GET("/orgs/{orgId}/locations", { params: { path: { orgId }, query: { limit: 200 } } })),
    ),
    settle(
      dataOf(
        api.GET("/orgs/{orgId}/lots/{lotId}/documents", {
          params: { path: { orgId, lotId }, query: { limit: 50, cursor: documentsCursor || undefined } },
        }),
      ),
    ),
    // The record as this organisation may see it, every field with its salts, for Verify.
    settle(
      declaredDataOf<ApiResponse<"/orgs/{orgId}/lots/{lotId}/record", "get">>(
        api.GET("/orgs/{orgId}/lots/{lotId}/record", { params: { path: { orgId, lotId } } }),
      ),
    ),
    getDeployment().catch(() => undefined),
    settle(dataOf(api.GET("/orgs/{orgId}/proof-points", { params: { path: { orgId }, query: { lotId } } }))),
    // The companies shipped to and from, to name the destinations and sources of the timeline.
    settle(
      dataOf(
        api.GET("/orgs/{orgId}/transfers", {
          params: { path: { orgId }, query: { direction: "outgoing", limit: 200 } },
        }),
      ),
    ),
    settle(
      dataOf(
        api.GET("/orgs/{orgId}/transfers", {
          params: { path: { orgId }, query: { direction: "incoming", limit: 200 } },
        }),
      ),
    ),
  ]);
  // Only the owner's admins ask auditors for an audit or a proof point: the accredited ones to ask.
  const askable = owns && manages && auditors.ok ? auditors.value : [];
  const parties = [outgoing, incoming].flatMap((t) =>
    t.ok ? t.value.items.flatMap((x) => [x.from, x.to]) : [],
  );
  const eventItems = events.ok ? events.value.items : [];
  const image = product.ok ? product.value.imageUrls[0] : undefined;
  const publicPath = buildDigitalLink({ gtin: lot.gtin, lot: lot.lotCode });
  const activeRecall = recalls.ok ? recalls.value.items[0] : undefined;
  // The owner's recall of a received lot, as its public record tells everyone.
  const ownersRecall =
    received && lot.recallState === "recalled"
      ? (await getPublicRecord({ gtin: lot.gtin, lot: lot.lotCode }).catch(() => null))?.display.recall
      : undefined;
  const statuses = eventItems.map((e) => e.anchor.status);
  const failed = statuses.filter((s) => s === "failed").length;
  const chain =
    statuses.length === 0
      ? { tone: "unknown", text: "No events yet" }
      : failed > 0
        ? { tone: "down", text: `${failed} failed to anchor` }
        : statuses.every((s) => s === "final")
          ? { tone: "ok", text: "All events final on chain" }
          : statuses.every((s) => s === "anchored" || s === "final")
            ? { tone: "ok", text: "All events anchored" }
            : {
                tone: "degraded",
                text: `${statuses.filter((s) => s === "pending" || s === "submitted").length} waiting for the chain`,
              };
  return (
    <>
      <div className="page-head">
        {image && <ProductImage src={image} alt={lot.productName} size="thumbnail" />}
        <div style={{ flex: 1 }}>
          <p className="muted">
            {owns ? (
              <Link href={orgPath(orgId, "products", lot.productId)}>{lot.productName}</Link>
            ) : (
              lot.productName
            )}{" "}
            / GTIN <span className="mono">{lot.gtin}</span>
          </p>
          <h1 className="page-title">Lot {lot.lotCode}</h1>
          <p className="muted">
            Produced {formatDate(lot.productionDate)} · expires {formatDate(lot.expiryDate)}
            {lot.quantity ? ` · ${lot.quantity} ${lot.unit ?? ""}` : ""}
          </p>
          {received && (
            <p data-testid="lot-received-from">
              <span className="badge" data-tone={received.status === "completed" ? "ok" : "degraded"}>
                {received.status === "completed" ? "Received" : "On its way"}
              </span>{" "}
              {receivedWords(received)}. {received.name} owns this lot: you see its events and the documents
              it shared, and record your own.
            </p>
          )}
        </div>
        <div className="row">
          <span className="badge" data-tone={chain.tone} data-testid="chain-status">
            {chain.text}
          </span>
          {lot.recallState === "recalled" && (
            <span className="badge" data-tone="down">
              Recalled
            </span>
          )}
        </div>
      </div>
      <div className="row">
        {writes && (
          <>
            <Link href={orgPath(orgId, "lots", lotId, "events", "new")} className="btn">
              Record an event
            </Link>
            <Link
              href={`${orgPath(orgId, "transformations", "new")}?input=${lotId}` as Route}
              className="btn btn-secondary"
            >
              Make into another lot
            </Link>
            <Link
              href={`${orgPath(orgId, "packing", "new")}?lot=${lotId}` as Route}
              className="btn btn-secondary"
            >
              Pack
            </Link>
          </>
        )}
        {owns && (
          <Link href={orgPath(orgId, "lots", lotId, "labels")} className="btn btn-secondary">
            Print QR labels
          </Link>
        )}
        <Link href={orgPath(orgId, "lots", lotId, "impact")} className="btn btn-secondary">
          Recall impact report
        </Link>
        <Link href={publicPath as Route} className="btn btn-secondary">
          Open public page
        </Link>
        <a
          href={`/api/v1/orgs/${orgId}/lots/${lotId}/plots`}
          className="btn btn-secondary"
          download={`eudr-plots-${lot.lotCode}.geojson`}
          title="The plots of the places this lot went through, as GeoJSON for an EUDR due diligence statement"
        >
          EUDR plots (GeoJSON)
        </a>
      </div>
      <section className="stack" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        {events.ok ? (
          <EventList
            orgId={orgId}
            events={eventItems}
            empty="No events recorded for this lot yet."
            placeNames={placeNames(locations.ok ? locations.value.items : [])}
            partyNames={partyNames([
              ...parties,
              ...eventItems.flatMap((e) => (e.organization ? [e.organization] : [])),
            ])}
          />
        ) : (
          <p className="form-error">{events.error}</p>
        )}
      </section>
      {record.ok ? (
        // The dashboard speaks English: Verify's words in English too, whatever the browser asks for.
        <VerifyMessages locale="en">
          <VerifyPanel
            record={withoutDisplay(record.value)}
            rpcUrl={env.rpcUrlForBrowsers}
            deployment={deployment}
            intro={
              owns
                ? "This browser checks every step you and your partners may see against the blockchain: each whole step of yours and your partners’ with its GS1 event hash, and that each step not shown to you was sealed. It doesn’t rely on our servers."
                : `This browser checks every step ${received.name} and its partners share with you against the blockchain: each whole step with its GS1 event hash, and that each step not shown to you was sealed. It doesn’t rely on our servers.`
            }
            {...verifyLabelsOf(record.value.display, Date.now(), await getConsumerWords("en"))}
          />
        </VerifyMessages>
      ) : (
        <p className="muted">{record.error}</p>
      )}
      <section className="stack" aria-labelledby="trace-title">
        <h2 id="trace-title">Trace</h2>
        <Settled result={trace}>
          {(graph) =>
            graph.nodes.length > 1 ? (
              <TraceGraph trace={graph} orgId={orgId} />
            ) : (
              <p className="muted">This lot is not linked to other lots or items yet.</p>
            )
          }
        </Settled>
      </section>
      {owns && <LotReach orgId={orgId} lot={lot} />}
      <section className="card stack" aria-labelledby="documents-title">
        <h2 id="documents-title">Documents</h2>
        <Settled result={documents}>
          {(page) => (
            <LotDocuments
              orgId={orgId}
              documents={page.items}
              olderHref={
                page.nextCursor
                  ? `${orgPath(orgId, "lots", lotId)}?documents=${encodeURIComponent(page.nextCursor)}#documents-title`
                  : undefined
              }
            />
          )}
        </Settled>
      </section>
      <div className="grid-2">
        <section className="card stack" aria-labelledby="attestations-title">
          <h2 id="attestations-title">Attestations</h2>
          <Settled result={attestations}>
            {(page) => <AttestationList items={page.items} empty="No auditor has attested this lot yet." />}
          </Settled>
          {askable.length > 0 && (
            <ActionForm
              action={requestAuditAction.bind(null, orgId, lotId)}
              submitLabel="Ask for an audit"
              tone="secondary"
              aria-label="Ask an auditor"
            >
              <AuditorField label="Auditor" auditors={askable} />
              <Field label="Note for the auditor" name="note" maxLength={2000} />
            </ActionForm>
          )}
        </section>
        <section className="card stack" aria-labelledby="proof-points-title">
          <h2 id="proof-points-title">Proof points</h2>
          <Settled result={proofPoints}>{(items) => <ProofPointList items={items} />}</Settled>
          {askable.length > 0 && (
            <ActionForm
              action={requestProofPointAction.bind(null, orgId, lotId)}
              submitLabel="Request proof point"
              tone="secondary"
              aria-label="Request a proof point"
            >
              <SelectField label="Claim" name="claim" required options={Object.entries(proofPointClaims)} />
              <Field
                label="Detail (standard, certificate; the claim itself for Other)"
                name="claimDetail"
                maxLength={300}
              />
              <AuditorField label="Verifier" auditors={askable} />
              <Field
                label="Public evidence (shoppers can download it)"
                type="file"
                name="publicEvidence"
                multiple
              />
              <Field
                label="Private evidence (the auditor only)"
                type="file"
                name="privateEvidence"
                multiple
              />
              <Field label="Valid until at the latest (optional)" type="date" name="validUntil" />
            </ActionForm>
          )}
        </section>
        <section className="card stack" aria-labelledby="recall-title">
          <h2 id="recall-title">Recall</h2>
          {received &&
            (lot.recallState === "recalled" ? (
              <p className="form-error">
                Recalled by {received.name}
                {ownersRecall?.declaredAt ? ` since ${formatDate(ownersRecall.declaredAt)}` : ""}
                {ownersRecall?.reason ? `: ${ownersRecall.reason}` : "."}
              </p>
            ) : (
              <p className="muted">Not recalled. Only {received.name}, its owner, may recall it.</p>
            ))}
          {activeRecall && (
            <p className="form-error">
              Recalled since {formatDate(activeRecall.declaredAt)}: {activeRecall.reason}
            </p>
          )}
          {owns && !activeRecall && !manages && <p className="muted">Not recalled.</p>}
          {!owns ? null : !manages ? (
            <RoleRequired minimum="admin" role={role} to="declare or lift recalls" />
          ) : activeRecall ? (
            <ActionForm
              action={liftRecallAction.bind(null, orgId, activeRecall.id)}
              submitLabel="Lift recall"
              tone="secondary"
              aria-label="Lift recall"
              confirm={{
                title: `Lift the recall of lot ${lot.lotCode} of ${lot.productName}?`,
                description:
                  "Shoppers scanning it, and the companies it was shipped to, no longer see the recall banner. The lifting and its reason are written on the blockchain beside the recall and can't be erased.",
                confirmLabel: "Lift recall",
              }}
            >
              <Field label="Why it is lifted" name="reason" required />
            </ActionForm>
          ) : (
            <ActionForm
              action={declareRecallAction.bind(null, orgId, lotId)}
              submitLabel="Declare recall"
              tone="danger"
              aria-label="Declare recall"
              confirm={{
                title: `Recall lot ${lot.lotCode} of ${lot.productName}?`,
                description:
                  "Shoppers scanning it, and the companies it was shipped to, will see a recall banner with your reason at once. It is written on the blockchain and can't be erased; lifting it later is recorded beside it.",
                confirmLabel: "Declare recall",
              }}
            >
              <p className="muted">
                Shown at once on the public page of every item of this lot, and declared on chain.
              </p>
              <Field label="Reason shown to shoppers" name="reason" required maxLength={2000} />
            </ActionForm>
          )}
        </section>
      </div>
      {!owns ? null : writes ? (
        <>
          <FormCard
            id="edit-lot-title"
            title="Lot details"
            action={updateLotAction.bind(null, orgId, lotId)}
            submitLabel="Save lot"
            tone="secondary"
            aria-label="Edit lot"
          >
            <div className="grid-2">
              <FormField
                name="productionDate"
                label="Production date"
                type="date"
                defaultValue={lot.productionDate ?? ""}
              />
              <FormField
                name="expiryDate"
                label="Expiry date"
                type="date"
                defaultValue={lot.expiryDate ?? ""}
              />
              <FormField
                name="quantity"
                label="Quantity"
                inputMode="decimal"
                pattern="\d{1,12}(\.\d{1,6})?"
                title="A number, 0 or more, with at most 6 decimals"
                defaultValue={lot.quantity ?? ""}
              />
              <FormField
                name="unit"
                label="Unit"
                maxLength={20}
                placeholder="KGM"
                defaultValue={lot.unit ?? ""}
                hint="UN/ECE code: KGM, LTR, EA…"
              />
            </div>
            <p className="muted">The lot code is part of the QR codes already printed and cannot change.</p>
          </FormCard>
          <FormCard
            id="serials-title"
            title="Serialised items"
            action={createSerialsAction.bind(null, orgId, lotId)}
            submitLabel="Register serials"
            tone="secondary"
            aria-label="Register serials"
            className="stack"
          >
            <div className="row">
              <Field label="Prefix" name="prefix" maxLength={19} />
              <Field label="From" name="from" type="number" min={0} required />
              <Field label="To" name="to" type="number" min={0} required />
            </div>
          </FormCard>
        </>
      ) : (
        <RoleRequired minimum="operator" role={role} to="edit lots and register serialised items" />
      )}
    </>
  );
}

/** The part of a record Verify checks: everything but the names and places shown with it. */
function withoutDisplay({ display: _display, ...verifiable }: PublicRecordWithDisplay) {
  return verifiable;
}

/** The accredited auditors to choose from, by name. */
function AuditorField({
  label,
  auditors,
}: {
  label: string;
  auditors: { id: string; displayName: string }[];
}) {
  return (
    <SelectField
      label={label}
      name="auditorId"
      required
      options={auditors.map((a) => [a.id, a.displayName] as const)}
    />
  );
}
