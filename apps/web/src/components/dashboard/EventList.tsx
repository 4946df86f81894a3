import Link from "next/link";
import type { QueriedEvent } from "@/lib/api/types";
import { correctionsAfterTheirEvents } from "@/lib/events/correctionsAfterTheirEvents";
import { correctionSentence } from "@/lib/format/errorReasonWords";
import { formatEventTime } from "@/lib/format/formatEventTime";
import { orgPath } from "@/lib/orgPath";
import styles from "./dashboard.module.css";
import { actionWords, anchorTone, anchorWords, cbvLabel, visibilityWords } from "./labels";
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
}: {
  orgId: string;
  events: QueriedEvent[];
  empty: string;
  /** Names of the organisation's locations by the URI events carry (`urn:tracemark:location:<id>`, GLN). */
  placeNames?: Record<string, string>;
}) {
  if (events.length === 0) return <p className="empty">{empty}</p>;
  const declarationOf = new Map(
    events.flatMap((e) =>
      e.event.errorDeclaration && e.event["tm:declares"] ? [[e.event["tm:declares"], e]] : [],
    ),
  );
  const shown = new Set(events.map((e) => e.eventHash));
  return (
    <ol className={styles.timeline}>
      {correctionsAfterTheirEvents(
        events,
        (e) => e.eventHash,
        (e) => (e.event.errorDeclaration ? e.event["tm:declares"] : undefined),
      ).map(({ id, eventHash, event, anchor, organization, visibility }) => {
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
              <span
                className="badge"
                data-tone={anchorTone[anchor.status]}
                title={anchor.failureReason ?? undefined}
              >
                {anchorWords[anchor.status]}
              </span>
            </span>
            <span className="muted">
              {event.eventTime ? formatEventTime(event.eventTime, event.eventTimeZoneOffset) : ""}
              {event.disposition ? ` · ${cbvLabel(event.disposition)}` : ""}
              {event.bizLocation?.id ? ` · ${placeNames[event.bizLocation.id] ?? event.bizLocation.id}` : ""}
            </span>
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
    </ol>
  );
}
