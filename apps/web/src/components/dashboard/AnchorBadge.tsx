import { anchorTone, anchorWords } from "./labels";

/**
 * Where a record's anchoring on chain stands (an event's, a recall's), as a badge in its tone; with
 * the chain's reason as its title when it failed.
 *
 * @example
 * <AnchorBadge status={event.anchorStatus} />
 */
export function AnchorBadge({
  status,
  failureReason,
}: {
  status: keyof typeof anchorWords;
  failureReason?: string | null;
}) {
  return (
    <span className="badge" data-tone={anchorTone[status]} title={failureReason ?? undefined}>
      {anchorWords[status]}
    </span>
  );
}
