import type { Deployment, PublicRecordWithDisplay } from "@tracemark/sdk";
import type { ReactNode } from "react";
import { PagedList } from "@/components/PagedList/PagedList";
import { ProductImage } from "@/components/ProductImage";
import { type ConsumerWords, getConsumerWords } from "@/i18n/getConsumerWords";
import { correctionsAfterTheirEvents } from "@/lib/events/correctionsAfterTheirEvents";
import { stepsInTimeOrder } from "@/lib/events/stepsInTimeOrder";
import styles from "./consumer.module.css";
import { JourneyMap } from "./JourneyMap";
import { omittedStepsText } from "./omittedStepsText";
import { StepDetails } from "./StepDetails";
import { shapeOfRecord } from "./shapeOfRecord";
import { VerifyWhenPressed } from "./VerifyWhenPressed";
import { attestationFlag, stepNameOf, verifyLabelsOf } from "./verifyLabels";

export type ConsumerRecordProps = {
  record: PublicRecordWithDisplay;
  rpcUrl: string;
  deployment: Deployment | undefined;
  /** The time to judge expiries by (ms since the epoch): the request's. */
  now: number;
};

/** What a shopper sees after scanning: product, recall banner, journey, map, auditors, "Verify". */
export async function ConsumerRecord({ record, rpcUrl, deployment, now }: ConsumerRecordProps) {
  const words = await getConsumerWords();
  const { t } = words;
  const formatDate = words.date;
  const { display, ...verifiable } = record;
  const owner = display.organisations.find((o) => o.role === "owner")?.name ?? record.organisation.name;
  const shown = new Set(display.journey.map((step) => step.eventHash));
  const image = display.product.imageUrls[0];
  const hiddenSteps = display.hiddenSteps ?? [];
  const omitted = omittedStepsText(record, owner, words);
  const ordered = correctionsAfterTheirEvents(
    stepsInTimeOrder(display.journey, hiddenSteps),
    (item) => (item.kind === "shown" ? item.step.eventHash : `hidden-${item.step.index}`),
    (item) => (item.kind === "shown" ? item.step.corrects : null),
  );

  return (
    <div className={styles.page}>
      {display.recall.recalled && (
        <RecallBanner title={t("recallTitle")} testId="recall-banner">
          {display.recall.reason ? `${display.recall.reason} ` : ""}
          {display.recall.declaredAt
            ? t("recallDeclaredOn", { owner, date: formatDate(display.recall.declaredAt) })
            : t("recallDeclaredBy", { owner })}{" "}
          {t("recallAdvice")}
        </RecallBanner>
      )}

      {(display.recall.inherited ?? []).map((input) => (
        <RecallBanner
          key={`${input.gtin}/${input.lot}`}
          title={t("inheritedRecallTitle")}
          testId="inherited-recall-banner"
        >
          {t("inheritedRecallText", {
            product: input.productName,
            lot: input.lot,
            organisation: input.organisation,
            date: formatDate(input.declaredAt),
            reason: input.reason,
          })}{" "}
          {t("recallAdvice")}
        </RecallBanner>
      ))}

      <header className={styles.product}>
        {image && <ProductImage src={image} alt={display.product.name} size="hero" />}
        <p className={styles.eyebrow}>{owner}</p>
        <h1 className={styles.productName}>{display.product.name}</h1>
        {display.product.description && <p className={styles.lead}>{display.product.description}</p>}
        <dl className={styles.keys}>
          <div>
            <dt>{t("lot")}</dt>
            <dd>{display.lot.lotCode}</dd>
          </div>
          {display.serial && (
            <div>
              <dt>{t("serial")}</dt>
              <dd>{display.serial}</dd>
            </div>
          )}
          {display.lot.productionDate && (
            <div>
              <dt>{t("produced")}</dt>
              <dd>{formatDate(display.lot.productionDate)}</dd>
            </div>
          )}
          {display.lot.expiryDate && (
            <div>
              <dt>{t("bestBefore")}</dt>
              <dd>{formatDate(display.lot.expiryDate)}</dd>
            </div>
          )}
          <div>
            <dt>{t("gtin")}</dt>
            <dd>
              <code>{display.product.gtin}</code>
            </dd>
          </div>
        </dl>
      </header>

      <VerifyWhenPressed
        locale={words.locale}
        record={{
          keys: { gtin: record.product.gtin, lot: record.product.lot, serial: record.product.serial },
          shape: shapeOfRecord(verifiable),
        }}
        rpcUrl={rpcUrl}
        deployment={deployment}
        {...verifyLabelsOf(display, now, words)}
      />

      <section aria-labelledby="journey-title" className={styles.card}>
        <h2 id="journey-title" className={styles.sectionTitle}>
          {t("journeyTitle")}
        </h2>
        {hiddenSteps.length > 0 && (
          <p className={styles.muted} data-testid="hidden-step-count">
            {t("hiddenStepCount", { count: hiddenSteps.length })} {t("hiddenStepsVerify")}
          </p>
        )}
        {omitted && (
          <p className={styles.muted} data-testid="omitted-step-count">
            {omitted}
          </p>
        )}
        {display.journey.length === 0 && hiddenSteps.length === 0 ? (
          <p className={styles.muted}>{t("noSteps")}</p>
        ) : (
          <PagedList
            className={styles.timeline}
            words={words.pager}
            data-testid="journey"
            ids={ordered.map((item) => (item.kind === "shown" ? `step-${item.step.eventHash}` : undefined))}
            items={ordered.map(({ kind, step }) =>
              kind === "hidden" ? (
                <li key={`hidden-${step.index}`} className={styles.step} data-testid="hidden-step">
                  <span className={styles.stepDot} aria-hidden="true" />
                  <div className={styles.stepBody}>
                    <p className={styles.stepTitle}>
                      {t("hiddenStepTitle", { organisation: step.organisation, date: formatDate(step.date) })}
                    </p>
                    <p className={styles.stepMeta}>{t("detailsNotPublic")}</p>
                  </div>
                  <span className={styles.stepProof} data-anchored={step.anchored}>
                    {step.anchored ? t("sealed") : t("sealing")}
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
                      {stepNameOf(step, words)}
                      {step.correction && <span className={styles.corrected}>{t("corrected")}</span>}
                    </p>
                    <p className={styles.stepMeta}>
                      {[step.location?.name, placeOf(step.location), step.organisation]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                    <p className={styles.stepMeta}>
                      <time dateTime={step.eventTime}>
                        {words.eventTime(step.eventTime, step.eventTimeZoneOffset)}
                      </time>
                      {step.dispositionLabel
                        ? ` · ${words.cbvName("disposition", step.disposition, step.dispositionLabel)}`
                        : ""}
                    </p>
                    <StepDetails
                      event={record.events[step.index]?.event}
                      locations={display.locations}
                      words={words}
                    />
                    {step.withheld && step.withheld.length > 0 && (
                      <p className={styles.stepMeta} data-withheld="true">
                        {t("withheld", { groups: withheldWords(step.withheld, words) })}
                      </p>
                    )}
                    {step.correction && (
                      <p className={styles.correctionNote}>
                        {step.correction.declaredAt
                          ? t("correctedOn", {
                              organisation: step.organisation,
                              date: formatDate(step.correction.declaredAt),
                              reason: correctionReason(step.correction, words),
                            })
                          : t("correctedUndated", {
                              organisation: step.organisation,
                              reason: correctionReason(step.correction, words),
                            })}{" "}
                        {shown.has(step.correction.declarationHash) && (
                          <a href={`#step-${step.correction.declarationHash}`}>{t("seeCorrection")}</a>
                        )}
                      </p>
                    )}
                    {step.corrects && (
                      <p className={styles.correctionNote}>
                        {shown.has(step.corrects)
                          ? t.rich("correctsShown", {
                              organisation: step.organisation,
                              link: (chunks) => <a href={`#step-${step.corrects}`}>{chunks}</a>,
                            })
                          : t("correctsEarlier", { organisation: step.organisation })}
                      </p>
                    )}
                  </div>
                  <span className={styles.stepProof} data-anchored={step.anchored}>
                    {step.anchored ? t("sealed") : t("sealing")}
                  </span>
                </li>
              ),
            )}
          />
        )}
      </section>

      {display.locations.some((l) => l.latitude !== null || l.plot) && (
        <section aria-labelledby="map-title" className={styles.card}>
          <h2 id="map-title" className={styles.sectionTitle}>
            {t("mapTitle")}
          </h2>
          <JourneyMap locations={display.locations} words={words} />
        </section>
      )}

      <section aria-labelledby="attestations-title" className={styles.card}>
        <h2 id="attestations-title" className={styles.sectionTitle}>
          {t("attestationsTitle")}
        </h2>
        {display.attestations.length === 0 ? (
          <p className={styles.muted}>{t("noAttestations")}</p>
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
                        {flag === "revoked" ? t("revoked") : t("expired")}
                      </span>
                    )}
                  </p>
                  <p className={styles.stepMeta}>
                    {t("verifiedBy", { auditor: a.auditorName ?? t("anAuditor") })} · <code>{attester}</code>
                  </p>
                  <p className={styles.stepMeta}>
                    {[
                      a.signedAt ? t("signedOn", { date: formatDate(a.signedAt) }) : "",
                      a.expiresAt
                        ? t(flag === "expired" ? "expiredOn" : "validUntil", {
                            date: formatDate(a.expiresAt),
                          })
                        : "",
                      a.revokedAt ? t("revokedOn", { date: formatDate(a.revokedAt) }) : "",
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  {a.proofPoint && (
                    <ul className={styles.evidence} aria-label={t("evidenceOf", { claim: a.claim })}>
                      {a.proofPoint.evidence.map((e) => (
                        <li key={e.sha256}>
                          {e.path ? (
                            <a href={`/api/v1${e.path}`} download>
                              {e.fileName ?? t("evidenceDocument")}
                            </a>
                          ) : (
                            <span>{t("notPublicFile", { name: e.fileName ?? t("evidenceDocument") })}</span>
                          )}{" "}
                          <span className={styles.muted}>
                            SHA-256 <code>{e.sha256}</code>
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                  <span className={styles.stepProof} data-anchored={Boolean(onChain)}>
                    {onChain ? t("onChain") : t("onItsWay")}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <p className={styles.footnote}>
        {t("footnote", { organisations: display.organisations.map((o) => o.name).join(", ") })}
      </p>
    </div>
  );
}

function placeOf(location: { city: string | null; country: string | null } | null) {
  if (!location) return undefined;
  return [location.city, location.country].filter(Boolean).join(", ") || undefined;
}

/** "quantities", "business transactions and quantities", "a, b and c": what a step withholds, in the words' language. */
function withheldWords(groups: string[], words: ConsumerWords): string {
  return new Intl.ListFormat(words.locale, { type: "conjunction" }).format(groups.map(words.fieldGroupName));
}

/** Why a step was corrected, in words, with the supplier's own in quotes. */
function correctionReason(correction: { errorReason: string; reason: string | null }, words: ConsumerWords) {
  const term = correction.errorReason.replace(/^.*[:-]/, "");
  const reason = words.t(
    `errorReason.${term === "did_not_occur" || term === "incorrect_data" ? term : "other"}`,
  );
  return correction.reason ? `${reason} ${words.t("quoted", { words: correction.reason })}` : reason;
}

/** A recall's alert at the top of the record: the lot's own, or an ingredient's (`inherited`). */
function RecallBanner({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <div className={styles.recall} role="alert" data-testid={testId}>
      <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
        <path d="M12 2 1 21h22L12 2Z" fill="currentColor" />
        <path d="M12 9v5m0 3v.5" stroke="var(--tone-icon-mark)" strokeWidth="2.2" strokeLinecap="round" />
      </svg>
      <div>
        <p className={styles.recallTitle}>{title}</p>
        <p>{children}</p>
      </div>
    </div>
  );
}
