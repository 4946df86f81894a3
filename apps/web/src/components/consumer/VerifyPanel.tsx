"use client";

import type { Deployment, PublicRecord, VerifyRecordReturnType } from "@tracemark/sdk";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { PagedList } from "@/components/PagedList/PagedList";
import { stepsInTimeOrder } from "@/lib/events/stepsInTimeOrder";
import styles from "./consumer.module.css";
import type { RecordShape } from "./shapeOfRecord";
import { VerifyHead } from "./VerifyHead";
import { verifySummary } from "./verifySummary";

/**
 * Where Verify reads the record when pressed: the GS1 keys of the public record (the page does not
 * carry it; the worker reads it and its lot's proofs from the API on our origin), and the shape of
 * the record the page shows (`shapeOfRecord`), so a record that gained steps since the page was made
 * is named rather than checked under wrong labels.
 */
export type VerifyRecordSource = {
  keys: { gtin: string; lot: string | null; serial: string | null };
  shape: RecordShape;
};

export type VerifyPanelProps = {
  /**
   * The record as the API served it (without its display part), or where to fetch it when Verify
   * is pressed; nothing in it is trusted.
   */
  record: PublicRecord | VerifyRecordSource;
  /** The chain's JSON-RPC URL as browsers reach it. */
  rpcUrl: string;
  /** The contracts to check against, sent with the page (the API's `GET /deployment`); none when it did not answer. */
  deployment: Deployment | undefined;
  /** A name per event, in record order, e.g. "Shipped · Rotterdam". */
  stepLabels: string[];
  /** A name per step whose details are not public, in record order (`hiddenSteps`). */
  hiddenStepLabels?: string[] | undefined;
  /** Where each step not public falls among the shown ones (`display.hiddenSteps[i].position`), in record order. */
  hiddenStepPositions?: number[] | undefined;
  /** Who checks, in a sentence under the title; the shopper's phone by default (`Verify.intro`). */
  intro?: string | undefined;
  /** A name per attestation, in record order. */
  attestationLabels: string[];
  /** Verify was pressed before this component loaded (`VerifyOnPress`): it checks at once. */
  pressed?: boolean | undefined;
};

type State =
  | { kind: "idle" }
  | { kind: "checking" }
  | { kind: "done"; result: VerifyRecordReturnType }
  | {
      kind: "error";
      message:
        | "noDeployment"
        | "invalidRecord"
        | "recordChanged"
        | "recordUnavailable"
        | "chainUnreachable"
        | "workerFailed";
      detail: string;
    };

type WorkerAnswer =
  | { id: number; ok: true; result: VerifyRecordReturnType }
  | { id: number; ok: false; name: string; message: string };

/** The verification worker, started once; resolves when the SDK has loaded in it. */
function startWorker(): { worker: Worker; ready: Promise<void> } {
  const worker = new Worker(new URL("./verify.worker.ts", import.meta.url), { type: "module" });
  const ready = new Promise<void>((resolve, reject) => {
    worker.addEventListener("message", (event) => (event.data?.ready ? resolve() : undefined));
    worker.addEventListener("error", () => reject(new Error("The verifier could not start.")));
  });
  return { worker, ready };
}

/**
 * "Verify": checks the record against the chain from this browser with the SDK's `verifyRecord`
 * (in a Web Worker), trusting neither our server nor our database, and says what it found in plain
 * words, with the reasons for experts. The worker (viem, the SDK) is loaded only when Verify is
 * pressed, so a shopper who only reads the page never downloads it.
 */
export function VerifyPanel({
  record,
  rpcUrl,
  deployment,
  stepLabels,
  hiddenStepLabels = [],
  hiddenStepPositions = [],
  intro,
  attestationLabels,
  pressed = false,
}: VerifyPanelProps) {
  const t = useTranslations("Verify");
  const [state, setState] = useState<State>({ kind: "idle" });
  // The button works once this component runs in the browser (the check needs JavaScript).
  const [ready, setReady] = useState(false);
  const verifier = useRef<ReturnType<typeof startWorker>>(undefined);
  const nextId = useRef(0);

  useEffect(() => setReady(true), []);
  useEffect(() => () => verifier.current?.worker.terminate(), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the press that loaded this component.
  useEffect(() => {
    if (pressed) void verify();
  }, []);

  async function verify() {
    if (!deployment) {
      setState({
        kind: "error",
        message: "noDeployment",
        detail: "The contract addresses (GET /deployment) were not available when this page was made.",
      });
      return;
    }
    setState({ kind: "checking" });
    try {
      verifier.current ??= startWorker();
      const { worker, ready: loaded } = verifier.current;
      await loaded;
      nextId.current += 1;
      const id = nextId.current;
      const answer = await new Promise<WorkerAnswer>((resolve) => {
        const onMessage = (event: MessageEvent<WorkerAnswer>) => {
          if (event.data?.id !== id) return;
          worker.removeEventListener("message", onMessage);
          resolve(event.data);
        };
        worker.addEventListener("message", onMessage);
        worker.postMessage({
          id,
          ...("keys" in record && "shape" in record ? { source: record } : { record }),
          rpcUrl,
          deployment,
        });
      });
      if (answer.ok) {
        setState({ kind: "done", result: answer.result });
        return;
      }
      setState({
        kind: "error",
        message:
          answer.name === "InvalidPublicRecordError"
            ? "invalidRecord"
            : answer.name === "RecordChangedError"
              ? "recordChanged"
              : answer.name === "RecordUnavailableError"
                ? "recordUnavailable"
                : "chainUnreachable",
        detail: answer.message,
      });
    } catch (error) {
      setState({
        kind: "error",
        message: "workerFailed",
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  }

  return (
    <VerifyHead
      title={t("title")}
      intro={intro ?? t("intro")}
      button={
        <button
          type="button"
          className={styles.verifyButton}
          onClick={verify}
          disabled={!ready || state.kind === "checking"}
        >
          {state.kind === "checking" ? t("checking") : state.kind === "done" ? t("checkAgain") : t("verify")}
        </button>
      }
    >
      <div aria-live="polite">
        {state.kind === "error" && (
          <div className={styles.verdictSummary} data-tone="down" role="alert">
            <p className={styles.verdictTitle}>{t(state.message)}</p>
            <details className={styles.expert}>
              <summary>{t("detailsForExperts")}</summary>
              <pre>{state.detail}</pre>
            </details>
          </div>
        )}
        {state.kind === "done" && (
          <Result
            result={state.result}
            stepLabels={stepLabels}
            hiddenStepLabels={hiddenStepLabels}
            hiddenStepPositions={hiddenStepPositions}
            attestationLabels={attestationLabels}
          />
        )}
      </div>
    </VerifyHead>
  );
}

function Result({
  result,
  stepLabels,
  hiddenStepLabels,
  hiddenStepPositions,
  attestationLabels,
}: {
  result: VerifyRecordReturnType;
  stepLabels: string[];
  hiddenStepLabels: string[];
  hiddenStepPositions: number[];
  attestationLabels: string[];
}) {
  const t = useTranslations("Verify");
  const format = useFormatter();
  const locale = useLocale();
  const steps = [...result.events, ...(result.hiddenSteps ?? [])];
  const summary = verifySummary(result, t);
  return (
    <div className={styles.verdicts}>
      <div className={styles.verdictSummary} data-tone={summary.tone} data-testid="verify-summary">
        <p className={styles.verdictTitle}>{summary.title}</p>
        <p>{summary.text}</p>
        {summary.omitted && <p data-testid="verify-omitted">{summary.omitted}</p>}
      </div>
      <PagedList
        className={styles.verdictList}
        words={{
          locale,
          earlier: t("pagerEarlier"),
          later: t("pagerLater"),
          where: t.raw("pagerChecked") as string,
          label: t("pagerCheckedLabel"),
        }}
        data-testid="verify-steps"
        // A record that does not match shows every step, so no failed one waits on a later page.
        pageSize={result.ok ? 20 : Math.max(1, steps.length)}
        items={stepsInTimeOrder(
          result.events,
          (result.hiddenSteps ?? []).map((h) => ({
            ...h,
            position: hiddenStepPositions[h.index] ?? result.events.length,
          })),
        ).map((item) =>
          item.kind === "shown" ? (
            <VerdictItem
              key={`event-${item.step.index}`}
              status={item.step.status}
              label={stepLabels[item.step.index] ?? t("stepFallback", { number: item.step.index + 1 })}
              plain={t(eventWords(item.step))}
              reasons={item.step.reasons}
              detail={item.step.eventHash}
            />
          ) : (
            <VerdictItem
              key={`hidden-${item.step.index}`}
              status={item.step.status}
              label={
                hiddenStepLabels[item.step.index] ?? t("hiddenStepFallback", { number: item.step.index + 1 })
              }
              plain={
                item.step.status === "verified"
                  ? t("hiddenVerified")
                  : item.step.status === "pending"
                    ? t("hiddenPending")
                    : t("hiddenFailed")
              }
              reasons={item.step.reasons}
              detail={item.step.leaf}
            />
          ),
        )}
      />
      <ul className={styles.verdictList}>
        {result.attestations.map((a) => (
          <VerdictItem
            key={`attestation-${a.index}`}
            status={a.status}
            label={attestationLabels[a.index] ?? t("attestationFallback", { number: a.index + 1 })}
            plain={
              a.status === "verified"
                ? t("attestationVerified")
                : a.status === "pending"
                  ? t("attestationPending")
                  : t("attestationFailed")
            }
            reasons={a.reasons}
            detail={a.uid ?? undefined}
          />
        ))}
        <VerdictItem
          status={result.recall.status}
          label={t("recallStatus")}
          plain={
            result.recall.status === "failed"
              ? t("recallFailed")
              : result.recall.recalled
                ? t("recallConfirmed")
                : t("noRecallConfirmed")
          }
          reasons={result.recall.reasons}
        />
        {result.recall.inherited.map((input) => (
          <VerdictItem
            key={`inherited-${input.index}`}
            status={input.status}
            label={t("ingredientRecall", { gtin: input.gtin, lot: input.lot })}
            plain={
              input.status === "verified"
                ? t("ingredientRecallVerified", { organisation: input.organisation.name })
                : input.status === "pending"
                  ? t("ingredientRecallPending")
                  : t("ingredientRecallFailed")
            }
            reasons={input.reasons}
          />
        ))}
      </ul>
      <p className={styles.muted}>
        {t("checkedAtBlock", { block: format.number(result.checkedAt.blockNumber) })}
      </p>
    </div>
  );
}

function VerdictItem({
  status,
  label,
  plain,
  reasons,
  detail,
}: {
  status: "verified" | "failed" | "pending";
  label: string;
  plain: string;
  reasons: string[];
  detail?: string | undefined;
}) {
  const t = useTranslations("Verify");
  const badge =
    status === "verified" ? t("badgeVerified") : status === "pending" ? t("badgePending") : t("badgeFailed");
  return (
    <li className={styles.verdict} data-status={status}>
      <span className={styles.verdictBadge} data-status={status}>
        {badge}
      </span>
      <div className={styles.verdictText}>
        <p className={styles.verdictLabel}>{label}</p>
        <p>{plain}</p>
        <details className={styles.expert}>
          <summary>{t("detailsForExperts")}</summary>
          <ul>
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          {detail && <code className={styles.hash}>{detail}</code>}
        </details>
      </div>
    </li>
  );
}

/** What the check found about one shown step, for a person: its message in the `Verify` catalogue. */
function eventWords(e: VerifyRecordReturnType["events"][number]) {
  if (e.status === "pending") return "eventPending";
  if (e.status === "failed") return "eventFailed";
  return e.withheld.length > 0 ? "eventVerifiedWithheld" : "eventVerified";
}
