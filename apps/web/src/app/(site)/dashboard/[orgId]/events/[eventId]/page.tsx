import type { Metadata } from "next";
import Link from "next/link";
import { AnchorBadge } from "@/components/dashboard/AnchorBadge";
import { cbvLabel, visibilityMeaning, visibilityWords } from "@/components/dashboard/labels";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { TransactionLink } from "@/components/dashboard/TransactionLink";
import { ActionForm } from "@/components/forms/ActionForm";
import { CorrectionChoice } from "@/components/forms/CorrectionChoice";
import { EventFields } from "@/components/forms/EventFields";
import { SelectField } from "@/components/forms/SelectField";
import { correctEventAction, setEventVisibilityAction } from "@/lib/actions/events";
import { api, dataOf } from "@/lib/api/api";
import { orNotFound } from "@/lib/api/orNotFound";
import { placeNames } from "@/lib/api/placeNames";
import { settle } from "@/lib/api/settle";
import type { EventDetail } from "@/lib/api/types";
import { eventFieldValuesOf } from "@/lib/events/eventFieldValuesOf";
import { correctionSentence } from "@/lib/format/errorReasonWords";
import { formatBytes } from "@/lib/format/formatBytes";
import { formatEventTime } from "@/lib/format/formatEventTime";
import { orgPath } from "@/lib/orgPath";
import { roleAtLeast } from "@/lib/roles";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Event" };

export default async function EventPage({ params }: PageProps<"/dashboard/[orgId]/events/[eventId]">) {
  const { orgId, eventId } = await params;
  const { role } = await requireOrgRole(orgId);
  const [event, locations] = await Promise.all([
    orNotFound<EventDetail>(
      dataOf(api.GET("/orgs/{orgId}/events/{eventId}", { params: { path: { orgId, eventId } } })),
    ),
    settle(
      dataOf(api.GET("/orgs/{orgId}/locations", { params: { path: { orgId }, query: { limit: 200 } } })),
    ),
  ]);
  const places = locations.ok ? locations.value.items : [];
  const names = placeNames(places);
  const document = event.document;
  const step = cbvLabel(event.bizStep) !== "—" ? cbvLabel(event.bizStep) : event.type;
  const place = document.bizLocation?.id ?? document.readPoint?.id;
  const timeline = (hash: string) =>
    event.lotId ? `${orgPath(orgId, "lots", event.lotId)}#event-${hash}` : undefined;
  const declaration = document.errorDeclaration;
  return (
    <>
      <div className="page-head">
        <div>
          {event.lotId && (
            <p className="muted">
              <Link href={orgPath(orgId, "lots", event.lotId)}>Back to the lot</Link>
            </p>
          )}
          <h1 className="page-title">{declaration ? `Correction: ${step}` : step}</h1>
          <p className="muted">
            {formatEventTime(event.eventTime, event.eventTimeZoneOffset)}
            {event.disposition ? ` · ${cbvLabel(event.disposition)}` : ""}
            {place ? ` · ${names[place] ?? place}` : ""}
          </p>
        </div>
        <div className="row">
          {event.correctedBy.length > 0 && (
            <span className="badge" data-tone="down">
              Corrected
            </span>
          )}
          <AnchorBadge status={event.anchorStatus} />
        </div>
      </div>

      {event.anchorStatus === "failed" && (
        <p className="form-error" data-testid="anchor-failure">
          The chain refused this event's anchor transaction, so it is not anchored and will not be sent again:{" "}
          {event.anchor?.failureReason ?? "no reason given"}.
        </p>
      )}
      {declaration && (
        <p className="form-error">
          {correctionSentence(declaration.reason, declaration["tm:reason"])} This error declaration repeats
          the event it corrects, as EPCIS requires.{" "}
          {event.correctsEventHash && timeline(event.correctsEventHash) && (
            <a href={timeline(event.correctsEventHash)}>See the corrected event on the timeline</a>
          )}
        </p>
      )}
      {event.correctedBy.length > 0 && (
        <p className="form-error">
          This event was declared erroneous.{" "}
          {timeline(event.correctedBy[0] ?? "") && (
            <a href={timeline(event.correctedBy[0] ?? "")}>See the correction on the timeline</a>
          )}
        </p>
      )}

      <section className="card stack" aria-labelledby="record-title">
        <h2 id="record-title">Record</h2>
        <dl className="stack" style={{ margin: 0 }}>
          <div>
            <dt className="muted">Event hash</dt>
            <dd className="mono" style={{ margin: 0 }}>
              {event.eventHash}
            </dd>
          </div>
          <div>
            <dt className="muted">Recorded</dt>
            <dd style={{ margin: 0 }}>{formatEventTime(event.recordTime)} (UTC)</dd>
          </div>
          <div>
            <dt className="muted">On chain</dt>
            <dd className="mono" style={{ margin: 0 }}>
              {event.anchor?.txHash ? (
                <TransactionLink hash={event.anchor.txHash} />
              ) : event.anchorStatus === "failed" ? (
                "Not anchored"
              ) : (
                "Not yet"
              )}
              {event.anchor?.blockNumber ? ` · block ${event.anchor.blockNumber}` : ""}
            </dd>
          </div>
          {event.attachments.length > 0 && (
            <div>
              <dt className="muted">Documents</dt>
              {event.attachments.map((a) => (
                <dd key={a.sha256} style={{ margin: 0 }}>
                  <a href={`/api/v1/orgs/${orgId}/documents/${a.sha256}`} download={a.fileName ?? a.sha256}>
                    {a.fileName ?? "Document"}
                  </a>{" "}
                  <span className="muted">{formatBytes(a.size)}</span>
                </dd>
              ))}
            </div>
          )}
        </dl>
        <details>
          <summary>EPCIS 2.0 event</summary>
          <pre className="mono" style={{ whiteSpace: "pre-wrap", margin: 0 }}>
            {JSON.stringify(document, null, 2)}
          </pre>
        </details>
      </section>

      <section className="card stack" aria-labelledby="visibility-title">
        <h2 id="visibility-title">Who sees it</h2>
        <p data-testid="event-visibility">
          <span className="badge" data-tone={event.visibility === "public" ? "ok" : "unknown"}>
            {visibilityWords[event.visibility]}
          </span>{" "}
          {visibilityMeaning[event.visibility]}
        </p>
        {roleAtLeast(role, "operator") ? (
          <ActionForm
            action={setEventVisibilityAction.bind(null, orgId, event.id)}
            submitLabel="Change who sees it"
            pendingLabel="Saving…"
            aria-label="Change who sees this event"
          >
            <SelectField
              label="Visibility"
              name="visibility"
              defaultValue={event.visibility}
              options={(["public", "partners", "private"] as const).map(
                (v) => [v, `${visibilityWords[v]} — ${visibilityMeaning[v]}`] as const,
              )}
            />
          </ActionForm>
        ) : (
          <RoleRequired minimum="operator" role={role} to="change who sees events" />
        )}
        {event.visibilityChanges.length > 0 && (
          <ol className="stack" aria-label="Visibility history" data-testid="visibility-history">
            {event.visibilityChanges.map((change) => (
              <li key={`${change.changedAt}-${change.to}`}>
                {formatEventTime(change.changedAt)} (UTC): {visibilityWords[change.from]} →{" "}
                {visibilityWords[change.to]}, by{" "}
                {change.userName ?? (change.apiKeyId ? "an API key" : "someone")}
              </li>
            ))}
          </ol>
        )}
      </section>

      {!declaration && event.correctedBy.length === 0 && event.lotId && (
        <section className="card stack" aria-labelledby="correct-title">
          <h2 id="correct-title">Correct this event</h2>
          <p className="muted">
            Recorded events are sealed on chain and never edited. A correction is a new, sealed EPCIS error
            declaration: the public page then shows this step as corrected, with your reason.
          </p>
          {roleAtLeast(role, "operator") ? (
            <ActionForm
              action={correctEventAction.bind(null, orgId, event.lotId, event.id)}
              submitLabel="Record the correction"
              pendingLabel="Recording…"
              tone="danger"
              aria-label="Correct this event"
            >
              <label className="field">
                <span>Reason, shown to shoppers</span>
                <textarea className="input" name="reason" required maxLength={2000} />
              </label>
              <CorrectionChoice>
                <EventFields orgId={orgId} places={places} initial={eventFieldValuesOf(document, places)} />
              </CorrectionChoice>
            </ActionForm>
          ) : (
            <RoleRequired minimum="operator" role={role} to="correct events" />
          )}
        </section>
      )}
    </>
  );
}
