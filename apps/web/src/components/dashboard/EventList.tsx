import Link from "next/link";
import { PagedList } from "@/components/PagedList/PagedList";
import type { QueriedEvent } from "@/lib/api/types";
import { correctionsAfterTheirEvents } from "@/lib/events/correctionsAfterTheirEvents";
import { englishShippingWords } from "@/lib/events/englishShippingWords";
import { shippingDetailsOf } from "@/lib/events/shippingDetailsOf";
import { type WordedShippingDetails, wordShippingDetails } from "@/lib/events/wordShippingDetails";
import { correctionSentence } from "@/lib/format/errorReasonWords";
import { formatEventTime } from "@/lib/format/formatEventTime";
import { orgPath } from "@/lib/orgPath";
import { AnchorBadge } from "./AnchorBadge";
import styles from "./dashboard.module.css";
import { actionWords, cbvLabel, visibilityWords } from "./labels";
import { TransactionLink } from "./TransactionLink";

/**
 * Events as a timeline: step, place, time, and where anchoring stands (with the transaction); each
 * of the organisation's steps links to its page, another organisation's (a received lot's owner)
 * names it instead. A step not shown to the public is marked with who may see it. An event declared erroneous says so, with the reason and a link to the
 * declaration; a declaration (EPCIS `errorDeclaration`) shows as the correction of its event.
 */
export function EventList({
  orgId,
  events,
  empty,
  placeNames = {},
  partyNames = {},
  lots,
  pageSize = 20,
}: {
  orgId: string;
  events: QueriedEvent[];
  empty: string;
  /** Names of the organisation's locations by the URI events carry (`urn:tracemark:location:<id>`, GLN). */
  placeNames?: Record<string, string>;
  /** Names of companies by the URI events carry for them as sources and destinations (`partyNames`). */
  partyNames?: Record<string, string>;
  /** When given, each event names its lot: the organisation's lots by `gtin/lotCode`, linked. */
  lots?: Record<string, { id: string; productName: string }>;
  /** Events per page of the timeline. */
  pageSize?: number;
}) {
  if (events.length === 0) return <p className="empty">{empty}</p>;
  const declarationOf = new Map(
    events.flatMap((e) =>
      e.event.errorDeclaration && e.event["tm:declares"] ? [[e.event["tm:declares"], e]] : [],
    ),
  );
  const shown = new Set(events.map((e) => e.eventHash));
  const names = { ...placeNames, ...partyNames };
  const ordered = correctionsAfterTheirEvents(
    events,
    (e) => e.eventHash,
    (e) => (e.event.errorDeclaration ? e.event["tm:declares"] : undefined),
  );
  return (
    <PagedList
      className={styles.timeline}
      noun="events"
      pageSize={pageSize}
      data-testid="event-timeline"
      ids={ordered.map((e) => `event-${e.eventHash}`)}
      items={ordered.map(({ id, eventHash, event, anchor, organization, visibility }) => {
        const details = shippingDetailsOf(event, names);
        const step = cbvLabel(event.bizStep) !== "—" ? cbvLabel(event.bizStep) : String(event.type);
        const stepName = event.errorDeclaration ? `Correction: ${step}` : step;
        const theirs = organization && organization.id !== orgId ? organization : undefined;
        const declaration = declarationOf.get(eventHash);
        const declared = event.errorDeclaration ? event["tm:declares"] : undefined;
        return (
          <li
            key={id}
            id={`event-${eventHash}`}
            className={styles.timelineItem}
            data-corrected={declaration ? "true" : undefined}
          >
            <strong>
              {theirs ? stepName : <Link href={orgPath(orgId, "events", id)}>{stepName}</Link>}
              {theirs && <span className="muted"> · by {theirs.name}</span>}
              {event.action && !event.errorDeclaration ? (
                <span className="muted"> · {actionWords[event.action] ?? event.action}</span>
              ) : null}
            </strong>
            <span className="row" style={{ gap: "var(--space-2)", justifyContent: "end" }}>
              {visibility && visibility !== "public" && (
                <span className="badge" data-tone="unknown" data-testid="visibility-badge">
                  {visibilityWords[visibility]}
                </span>
              )}
              {declaration && (
                <span className="badge" data-tone="down">
                  Corrected
                </span>
              )}
              <AnchorBadge status={anchor.status} failureReason={anchor.failureReason} />
            </span>
            <span className="muted">
              {event.eventTime ? formatEventTime(event.eventTime, event.eventTimeZoneOffset) : ""}
              {event.disposition ? ` · ${cbvLabel(event.disposition)}` : ""}
              {event.bizLocation?.id ? ` · ${placeNames[event.bizLocation.id] ?? event.bizLocation.id}` : ""}
            </span>
            {lots && details.lots.length > 0 && (
              <span data-testid="event-lots">
                {details.lots.map(({ gtin, lot }, i) => {
                  const known = lots[`${gtin}/${lot}`];
                  return (
                    <span key={`${gtin}/${lot}`}>
                      {i > 0 ? ", " : ""}
                      {known ? (
                        <Link href={orgPath(orgId, "lots", known.id)}>
                          {known.productName} · lot {lot}
                        </Link>
                      ) : (
                        `Lot ${lot} (GTIN ${gtin})`
                      )}
                    </span>
                  );
                })}
              </span>
            )}
            <ShippingLines details={wordShippingDetails(details, englishShippingWords)} />
            <span className="muted mono">
              {anchor.transactionHash && <TransactionLink hash={anchor.transactionHash} />}
              {anchor.blockNumber !== null ? ` · block ${anchor.blockNumber}` : ""}
            </span>
            {anchor.status === "failed" && (
              <span className="muted">
                The chain refused its anchor: {anchor.failureReason ?? "no reason given"}
              </span>
            )}
            {declaration && (
              <p className={styles.correction}>
                {correctionSentence(
                  declaration.event.errorDeclaration?.reason,
                  declaration.event.errorDeclaration?.["tm:reason"],
                )}{" "}
                <a href={`#event-${declaration.eventHash}`}>See the correction</a>
              </p>
            )}
            {event.errorDeclaration && (
              <p className={styles.correction}>
                {correctionSentence(event.errorDeclaration.reason, event.errorDeclaration["tm:reason"])}{" "}
                {declared && shown.has(declared) && <a href={`#event-${declared}`}>The corrected event</a>}
                {event.errorDeclaration.correctiveEventIDs?.some((h) => shown.has(h)) && (
                  <>
                    {declared && shown.has(declared) ? " · " : ""}
                    <a href={`#event-${event.errorDeclaration.correctiveEventIDs.find((h) => shown.has(h))}`}>
                      What happened instead
                    </a>
                  </>
                )}
              </p>
            )}
          </li>
        );
      })}
    />
  );
}

/** Where a step went and came from, what its sensors read and the documents it names, a line each. */
export function ShippingLines({ details }: { details: WordedShippingDetails }) {
  const lines = [
    details.destinations.length > 0 && ["To", details.destinations.join(" · ")],
    details.sources.length > 0 && ["From", details.sources.join(" · ")],
    details.readings.length > 0 && ["Recorded", details.readings.join(" · ")],
    details.documents.length > 0 && ["Documents", details.documents.join(" · ")],
  ].filter((line): line is [string, string] => Boolean(line));
  if (lines.length === 0) return null;
  return (
    <dl className={styles.shipping} data-testid="shipping-details">
      {lines.map(([term, words]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{words}</dd>
        </div>
      ))}
    </dl>
  );
}
