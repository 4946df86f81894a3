import type { QueriedEvent } from "@/lib/api/types";
import { formatEventTime } from "@/lib/format/formatEventTime";
import styles from "./dashboard.module.css";
import { anchorTone, anchorWords, cbvLabel } from "./labels";
import { TransactionLink } from "./TransactionLink";

/** Events as a timeline: step, place, time, and where anchoring stands (with the transaction). */
export function EventList({
  events,
  empty,
  placeNames = {},
}: {
  events: QueriedEvent[];
  empty: string;
  /** Names of the organisation's locations by the URI events carry (`urn:tracemark:location:<id>`, GLN). */
  placeNames?: Record<string, string>;
}) {
  if (events.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ol className={styles.timeline}>
      {events.map(({ id, event, anchor }) => (
        <li key={id} className={styles.timelineItem}>
          <strong>
            {cbvLabel(event.bizStep) !== "—" ? cbvLabel(event.bizStep) : String(event.type)}
            {event.action ? <span className="muted"> · {event.action}</span> : null}
          </strong>
          <span className="badge" data-tone={anchorTone[anchor.status]}>
            {anchorWords[anchor.status]}
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
        </li>
      ))}
    </ol>
  );
}
