import type { Deployment, PublicRecordWithDisplay } from "@tracemark/sdk";
import { ProductImage } from "@/components/ProductImage";
import { correctionsAfterTheirEvents } from "@/lib/events/correctionsAfterTheirEvents";
import { stepsInTimeOrder } from "@/lib/events/stepsInTimeOrder";
import { errorReasonWords } from "@/lib/format/errorReasonWords";
import { formatDate, formatEventTime } from "@/lib/format/formatEventTime";
import styles from "./consumer.module.css";
import { JourneyMap } from "./JourneyMap";
import { shapeOfRecord } from "./shapeOfRecord";
import { VerifyPanel } from "./VerifyPanel";
import { attestationFlag, stepNameOf, verifyLabelsOf } from "./verifyLabels";

export type ConsumerRecordProps = {
  record: PublicRecordWithDisplay;
  rpcUrl: string;
  deployment: Deployment | undefined;
  /** The time to judge expiries by (ms since the epoch): the request's. */
  now: number;
};

/** The record as JSON on our own origin (the API's public route through `/api/v1`), which Verify reads when pressed. */
function recordUrlOf({ product }: PublicRecordWithDisplay): string {
  const lot = product.lot === null ? "" : `/10/${encodeURIComponent(product.lot)}`;
  const serial = product.serial === null ? "" : `/21/${encodeURIComponent(product.serial)}`;
  return `/api/v1/public/01/${encodeURIComponent(product.gtin)}${lot}${serial}`;
}

/** What a shopper sees after scanning: product, recall banner, journey, map, auditors, "Verify". */
export function ConsumerRecord({ record, rpcUrl, deployment, now }: ConsumerRecordProps) {
  const { display, ...verifiable } = record;
  const owner = display.organisations.find((o) => o.role === "owner")?.name ?? record.organisation.name;
  const shown = new Set(display.journey.map((step) => step.eventHash));
  const image = display.product.imageUrls[0];
  const hiddenSteps = display.hiddenSteps ?? [];

  return (
    <div className={styles.page}>
      {display.recall.recalled && (
        <div className={styles.recall} role="alert" data-testid="recall-banner">
          <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
            <path d="M12 2 1 21h22L12 2Z" fill="currentColor" />
            <path d="M12 9v5m0 3v.5" stroke="var(--tone-icon-mark)" strokeWidth="2.2" strokeLinecap="round" />
          </svg>
          <div>
            <p className={styles.recallTitle}>This product has been recalled. Do not use it.</p>
            <p>
              {display.recall.reason ? `${display.recall.reason} ` : ""}
              Declared by {owner}
              {display.recall.declaredAt ? ` on ${formatDate(display.recall.declaredAt)}` : ""}. Return it to
              the shop or contact the maker.
            </p>
          </div>
        </div>
      )}

      {(display.recall.inherited ?? []).map((input) => (
        <div
          key={`${input.gtin}/${input.lot}`}
          className={styles.recall}
          role="alert"
          data-testid="inherited-recall-banner"
        >
          <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
            <path d="M12 2 1 21h22L12 2Z" fill="currentColor" />
            <path d="M12 9v5m0 3v.5" stroke="var(--tone-icon-mark)" strokeWidth="2.2" strokeLinecap="round" />
          </svg>
          <div>
            <p className={styles.recallTitle}>
              This product was made from a recalled ingredient. Do not use it.
            </p>
            <p>
              {input.productName} (lot {input.lot}) was recalled by {input.organisation} on{" "}
              {formatDate(input.declaredAt)}: {input.reason} Return it to the shop or contact the maker.
            </p>
          </div>
        </div>
      ))}

      <header className={styles.product}>
        {image && <ProductImage src={image} alt={display.product.name} size="hero" />}
        <p className={styles.eyebrow}>{owner}</p>
        <h1 className={styles.productName}>{display.product.name}</h1>
        {display.product.description && <p className={styles.lead}>{display.product.description}</p>}
        <dl className={styles.keys}>
          <div>
            <dt>Lot</dt>
            <dd>{display.lot.lotCode}</dd>
          </div>
          {display.serial && (
            <div>
              <dt>Serial</dt>
              <dd>{display.serial}</dd>
            </div>
          )}
          {display.lot.productionDate && (
            <div>
              <dt>Produced</dt>
              <dd>{formatDate(display.lot.productionDate)}</dd>
            </div>
          )}
          {display.lot.expiryDate && (
            <div>
              <dt>Best before</dt>
              <dd>{formatDate(display.lot.expiryDate)}</dd>
            </div>
          )}
          <div>
            <dt>GTIN</dt>
            <dd>
              <code>{display.product.gtin}</code>
            </dd>
          </div>
        </dl>
      </header>

      <VerifyPanel
        record={{ url: recordUrlOf(record), shape: shapeOfRecord(verifiable) }}
        rpcUrl={rpcUrl}
        deployment={deployment}
        {...verifyLabelsOf(display, now)}
      />

      <section aria-labelledby="journey-title" className={styles.card}>
        <h2 id="journey-title" className={styles.sectionTitle}>
          Its journey
        </h2>
        {hiddenSteps.length > 0 && (
          <p className={styles.muted} data-testid="hidden-step-count">
            {hiddenSteps.length === 1
              ? "1 step is not public: its company keeps the details to itself or its partners."
              : `${hiddenSteps.length} steps are not public: their companies keep the details to themselves or their partners.`}{" "}
            “Verify” still checks that each was sealed on the blockchain.
          </p>
        )}
        {display.journey.length === 0 && hiddenSteps.length === 0 ? (
          <p className={styles.muted}>No steps have been recorded for this lot yet.</p>
        ) : (
          <ol className={styles.timeline}>
            {correctionsAfterTheirEvents(
              stepsInTimeOrder(display.journey, hiddenSteps),
              (item) => (item.kind === "shown" ? item.step.eventHash : `hidden-${item.step.index}`),
              (item) => (item.kind === "shown" ? item.step.corrects : null),
            ).map(({ kind, step }) =>
              kind === "hidden" ? (
                <li key={`hidden-${step.index}`} className={styles.step} data-testid="hidden-step">
                  <span className={styles.stepDot} aria-hidden="true" />
                  <div className={styles.stepBody}>
                    <p className={styles.stepTitle}>
                      A step by {step.organisation} on {formatDate(step.date)}
                    </p>
                    <p className={styles.stepMeta}>Details not public</p>
                  </div>
                  <span className={styles.stepProof} data-anchored={step.anchored}>
                    {step.anchored ? "Sealed" : "Sealing…"}
                  </span>
                </li>
              ) : (
                <li
                  key={step.eventHash}
                  id={`step-${step.eventHash}`}
                  className={styles.step}
                  data-testid="journey-step"
                  data-corrected={step.correction ? "true" : undefined}
                  data-correction={step.corrects ? "true" : undefined}
                >
                  <span className={styles.stepDot} aria-hidden="true" />
                  <div className={styles.stepBody}>
                    <p className={styles.stepTitle}>
                      {stepNameOf(step)}
                      {step.correction && <span className={styles.corrected}>Corrected</span>}
                    </p>
                    <p className={styles.stepMeta}>
                      {[step.location?.name, placeOf(step.location), step.organisation]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                    <p className={styles.stepMeta}>
                      <time dateTime={step.eventTime}>
                        {formatEventTime(step.eventTime, step.eventTimeZoneOffset)}
                      </time>
                      {step.dispositionLabel ? ` · ${step.dispositionLabel}` : ""}
                    </p>
                    {step.withheld && step.withheld.length > 0 && (
                      <p className={styles.stepMeta} data-withheld="true">
                        {withheldWords(step.withheld)} not public; what is shown is sealed and verifiable.
                      </p>
                    )}
                    {step.correction && (
                      <p className={styles.correctionNote}>
                        {step.organisation} corrected this step
                        {step.correction.declaredAt ? ` on ${formatDate(step.correction.declaredAt)}` : ""}:{" "}
                        {errorReasonWords(step.correction.errorReason).toLowerCase()}
                        {step.correction.reason ? ` (“${step.correction.reason}”)` : ""}.{" "}
                        {shown.has(step.correction.declarationHash) && (
                          <a href={`#step-${step.correction.declarationHash}`}>See the correction</a>
                        )}
                      </p>
                    )}
                    {step.corrects && (
                      <p className={styles.correctionNote}>
                        {step.organisation} declared{" "}
                        {shown.has(step.corrects) ? (
                          <a href={`#step-${step.corrects}`}>the step it corrects</a>
                        ) : (
                          "an earlier step"
                        )}{" "}
                        wrong. This correction is sealed on the blockchain too.
                      </p>
                    )}
                  </div>
                  <span className={styles.stepProof} data-anchored={step.anchored}>
                    {step.anchored ? "Sealed" : "Sealing…"}
                  </span>
                </li>
              ),
            )}
          </ol>
        )}
      </section>

      {display.locations.some((l) => l.latitude !== null) && (
        <section aria-labelledby="map-title" className={styles.card}>
          <h2 id="map-title" className={styles.sectionTitle}>
            Where it has been
          </h2>
          <JourneyMap locations={display.locations} />
        </section>
      )}

      <section aria-labelledby="attestations-title" className={styles.card}>
        <h2 id="attestations-title" className={styles.sectionTitle}>
          Checked by auditors
        </h2>
        {display.attestations.length === 0 ? (
          <p className={styles.muted}>No auditor has signed an attestation about this lot yet.</p>
        ) : (
          <ul className={styles.attestations}>
            {display.attestations.map((a) => {
              const onChain = record.attestations[a.index]?.uid;
              const attester = record.attestations[a.index]?.attester ?? "";
              const flag = attestationFlag(a, now);
              return (
                <li key={`${a.index}-${attester}`} className={styles.attestation} data-flag={flag ?? "valid"}>
                  <p className={styles.attestationClaim}>
                    {a.claim}
                    {flag && (
                      <span className={styles.attestationFlag}>
                        {" "}
                        {flag === "revoked" ? "Revoked" : "Expired"}
                      </span>
                    )}
                  </p>
                  <p className={styles.stepMeta}>
                    Verified by {a.auditorName ?? "an accredited auditor"} · <code>{attester}</code>
                  </p>
                  <p className={styles.stepMeta}>
                    {a.signedAt ? `Signed ${formatDate(a.signedAt)}` : ""}
                    {a.expiresAt
                      ? ` · ${flag === "expired" ? "expired" : "valid until"} ${formatDate(a.expiresAt)}`
                      : ""}
                    {a.revokedAt ? ` · revoked ${formatDate(a.revokedAt)}` : ""}
                  </p>
                  {a.proofPoint && (
                    <ul className={styles.evidence} aria-label={`Evidence of ${a.claim}`}>
                      {a.proofPoint.evidence.map((e) => (
                        <li key={e.sha256}>
                          {e.path ? (
                            <a href={`/api/v1${e.path}`} download>
                              {e.fileName ?? "Evidence document"}
                            </a>
                          ) : (
                            <span>{e.fileName ?? "Evidence document"} (not public)</span>
                          )}{" "}
                          <span className={styles.muted}>
                            SHA-256 <code>{e.sha256}</code>
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                  <span className={styles.stepProof} data-anchored={Boolean(onChain)}>
                    {onChain ? "On chain" : "Signed, on its way to the chain"}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <p className={styles.footnote}>
        Recorded by {display.organisations.map((o) => o.name).join(", ")}. Names and places are shown as the
        companies entered them; “Verify” checks that the steps themselves have not been changed.
      </p>
    </div>
  );
}

function placeOf(location: { city: string | null; country: string | null } | null) {
  if (!location) return undefined;
  return [location.city, location.country].filter(Boolean).join(", ") || undefined;
}

/** "quantities", "business transactions and quantities", "a, b and c": what a step withholds, capitalised. */
function withheldWords(groups: string[]): string {
  const words =
    groups.length < 2 ? groups.join("") : `${groups.slice(0, -1).join(", ")} and ${groups.at(-1)}`;
  return words.charAt(0).toUpperCase() + words.slice(1);
}
