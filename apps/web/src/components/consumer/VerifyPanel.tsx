"use client";

import type { Deployment, PublicRecord, VerifyRecordReturnType } from "@tracemark/sdk";
import { useEffect, useRef, useState } from "react";
import { stepsInTimeOrder } from "@/lib/events/stepsInTimeOrder";
import styles from "./consumer.module.css";
import type { RecordShape } from "./shapeOfRecord";

/**
 * Where Verify reads the record when pressed: a same-origin URL of the public record (the page does
 * not carry it, proofs and all), and the shape of the record the page shows (`shapeOfRecord`), so a
 * record that gained steps since the page was made is named rather than checked under wrong labels.
 */
export type VerifyRecordSource = { url: string; shape: RecordShape };

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
  /** Who checks, in a sentence under the title; the shopper's phone by default. */
  intro?: string | undefined;
  /** A name per attestation, in record order. */
  attestationLabels: string[];
};

type State =
  | { kind: "idle" }
  | { kind: "checking" }
  | { kind: "done"; result: VerifyRecordReturnType }
  | { kind: "error"; message: string; detail: string };

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
  intro = "Your phone compares each step with the public blockchain directly. It doesn’t rely on us.",
  attestationLabels,
}: VerifyPanelProps) {
  const [state, setState] = useState<State>({ kind: "idle" });
  // The button works once this component runs in the browser (the check needs JavaScript).
  const [ready, setReady] = useState(false);
  const verifier = useRef<ReturnType<typeof startWorker>>(undefined);
  const nextId = useRef(0);

  useEffect(() => setReady(true), []);
  useEffect(() => () => verifier.current?.worker.terminate(), []);

  async function verify() {
    if (!deployment) {
      setState({
        kind: "error",
        message:
          "We couldn’t learn which blockchain records to check this against. Please reload the page in a moment.",
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
          ...("url" in record && "shape" in record ? { source: record } : { record }),
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
            ? "This record is not in a form that can be checked, so it cannot be trusted."
            : answer.name === "RecordChangedError"
              ? "This product’s record has changed since this page was loaded. Please reload the page to check the latest version."
              : answer.name === "RecordUnavailableError"
                ? "We couldn’t load this product’s record to check it. Please try again in a moment."
                : "We couldn’t reach the blockchain to check this record. Please try again in a moment.",
        detail: answer.message,
      });
    } catch (error) {
      setState({
        kind: "error",
        message: "We couldn’t start the check in this browser. Please reload the page and try again.",
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  }

  return (
    <section className={styles.verify} aria-labelledby="verify-title">
      <div className={styles.verifyHead}>
        <div>
          <h2 id="verify-title" className={styles.sectionTitle}>
            Check it yourself
          </h2>
          <p className={styles.muted}>{intro}</p>
        </div>
        <button
          type="button"
          className={styles.verifyButton}
          onClick={verify}
          disabled={!ready || state.kind === "checking"}
        >
          {state.kind === "checking" ? "Checking…" : state.kind === "done" ? "Check again" : "Verify"}
        </button>
      </div>
      <div aria-live="polite">
        {state.kind === "error" && (
          <div className={styles.verdictSummary} data-tone="down" role="alert">
            <p className={styles.verdictTitle}>{state.message}</p>
            <details className={styles.expert}>
              <summary>Details for experts</summary>
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
    </section>
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
  // Hidden steps count as steps: Verify proves each was sealed, without their details.
  const steps = [...result.events, ...(result.hiddenSteps ?? [])];
  const failed = steps.filter((e) => e.status === "failed").length;
  const pending = steps.filter((e) => e.status === "pending").length;
  const verified = steps.length - failed - pending;
  const tone = !result.ok ? "down" : result.complete ? "ok" : "degraded";
  const title = !result.ok
    ? "Warning: this record does not match the blockchain"
    : result.complete
      ? `Verified: all ${plural(steps.length, "step")} match the blockchain`
      : `${verified} of ${plural(steps.length, "step")} verified; ${pending} not sealed yet`;
  const sub = !result.ok
    ? "Something shown on this page differs from what was sealed. Treat it with caution and contact the seller."
    : result.complete
      ? "Nothing on this page has been changed since it was recorded."
      : "Recent steps are sealed on the blockchain within minutes. Check again later.";
  return (
    <div className={styles.verdicts}>
      <div className={styles.verdictSummary} data-tone={tone} data-testid="verify-summary">
        <p className={styles.verdictTitle}>{title}</p>
        <p>{sub}</p>
      </div>
      <ul className={styles.verdictList}>
        {stepsInTimeOrder(
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
              label={stepLabels[item.step.index] ?? `Step ${item.step.index + 1}`}
              plain={eventWords(item.step)}
              reasons={item.step.reasons}
              detail={item.step.eventHash}
            />
          ) : (
            <VerdictItem
              key={`hidden-${item.step.index}`}
              status={item.step.status}
              label={hiddenStepLabels[item.step.index] ?? `Step not public ${item.step.index + 1}`}
              plain={
                item.step.status === "verified"
                  ? "Its details are not public; the blockchain confirms it was sealed."
                  : item.step.status === "pending"
                    ? "Its details are not public; not sealed on the blockchain yet."
                    : "Its details are not public, and the blockchain does not confirm it was sealed."
              }
              reasons={item.step.reasons}
              detail={item.step.leaf}
            />
          ),
        )}
        {result.attestations.map((a) => (
          <VerdictItem
            key={`attestation-${a.index}`}
            status={a.status}
            label={attestationLabels[a.index] ?? `Attestation ${a.index + 1}`}
            plain={
              a.status === "verified"
                ? "Signed by an accredited auditor and recorded on the blockchain."
                : a.status === "pending"
                  ? "Signed by the auditor, not on the blockchain yet."
                  : "This attestation could not be confirmed."
            }
            reasons={a.reasons}
            detail={a.uid ?? undefined}
          />
        ))}
        <VerdictItem
          status={result.recall.status}
          label="Recall status"
          plain={
            result.recall.status === "failed"
              ? "The recall status shown here does not match the blockchain."
              : result.recall.recalled
                ? "The blockchain confirms this lot is recalled."
                : "The blockchain confirms no recall of this lot."
          }
          reasons={result.recall.reasons}
        />
        {result.recall.inherited.map((input) => (
          <VerdictItem
            key={`inherited-${input.index}`}
            status={input.status}
            label={`Recall of ingredient ${input.gtin} · lot ${input.lot}`}
            plain={
              input.status === "verified"
                ? `The blockchain confirms ${input.organisation.name} recalled this ingredient.`
                : input.status === "pending"
                  ? "This ingredient's recall is not on the blockchain yet."
                  : "This ingredient's recall could not be confirmed."
            }
            reasons={input.reasons}
          />
        ))}
      </ul>
      <p className={styles.muted}>
        Checked against block {result.checkedAt.blockNumber.toLocaleString("en")}.
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
  const badge = status === "verified" ? "Verified" : status === "pending" ? "Pending" : "Failed";
  return (
    <li className={styles.verdict} data-status={status}>
      <span className={styles.verdictBadge} data-status={status}>
        {badge}
      </span>
      <div className={styles.verdictText}>
        <p className={styles.verdictLabel}>{label}</p>
        <p>{plain}</p>
        <details className={styles.expert}>
          <summary>Details for experts</summary>
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

/** What the check found about one shown step, for a person. */
function eventWords(e: VerifyRecordReturnType["events"][number]): string {
  if (e.status === "pending") return "Recorded, not sealed on the blockchain yet.";
  if (e.status === "failed") return "Does not match what was sealed on the blockchain.";
  return e.withheld.length > 0
    ? "What is shown is sealed on the blockchain and unchanged since; some fields are not public."
    : "Sealed on the blockchain and unchanged since: every field and its GS1 event hash checked.";
}

function plural(count: number, word: string) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
