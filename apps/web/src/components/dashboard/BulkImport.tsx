"use client";

import { epcisContextUrl } from "@tracemark/sdk";
import { useState } from "react";
import { useHydrated } from "@/components/forms/useHydrated";
import { csvColumns, csvToEpcisEvents, type RowError } from "./csvToEpcisEvents";
import styles from "./dashboard.module.css";

type Capture = {
  id: string;
  status: "accepted" | "processing" | "succeeded" | "failed";
  eventCount: number;
  storedCount: number | null;
  duplicateCount: number | null;
  errors: { field: string; message: string }[];
};

type State =
  | { kind: "idle" }
  | { kind: "invalid"; errors: RowError[] }
  | { kind: "sending"; step: string; progress: number; eventCount?: number }
  | { kind: "done"; capture: Capture }
  | { kind: "error"; message: string };

/**
 * Bulk import of events from CSV or an EPCIS 2.0 JSON document: checked in the browser row by row,
 * then sent as one EPCIS capture (all or nothing: a capture with any bad event stores none), with
 * its progress and a per-row report.
 */
export function BulkImport({ orgId }: { orgId: string }) {
  const [state, setState] = useState<State>({ kind: "idle" });
  // The file is read by this component: enabled once it runs in the browser.
  const ready = useHydrated();

  async function run(file: File) {
    setState({ kind: "sending", step: "Reading the file…", progress: 5 });
    const text = await file.text();
    let document: { epcisBody?: { eventList?: unknown[] } } & Record<string, unknown>;
    if (file.name.toLowerCase().endsWith(".csv") || file.type === "text/csv") {
      const { events, errors } = csvToEpcisEvents(text);
      if (errors.length > 0 || events.length === 0) {
        setState({
          kind: "invalid",
          errors: errors.length ? errors : [{ row: 1, message: "No rows to import." }],
        });
        return;
      }
      document = {
        "@context": [epcisContextUrl],
        type: "EPCISDocument",
        schemaVersion: "2.0",
        creationDate: new Date().toISOString(),
        epcisBody: { eventList: events },
      };
    } else {
      try {
        document = JSON.parse(text);
      } catch {
        setState({ kind: "invalid", errors: [{ row: 1, message: "The file is neither CSV nor JSON." }] });
        return;
      }
    }
    setState({
      kind: "sending",
      step: "Sending…",
      progress: 20,
      eventCount: document.epcisBody?.eventList?.length,
    });
    const response = await fetch(`/api/v1/orgs/${orgId}/capture`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": crypto.randomUUID() },
      body: JSON.stringify(document),
    });
    if (!response.ok) {
      const problem = (await response.json().catch(() => ({}))) as { detail?: string; title?: string };
      setState({ kind: "error", message: problem.detail ?? problem.title ?? `HTTP ${response.status}` });
      return;
    }
    const { captureId } = (await response.json()) as { captureId: string };
    for (let attempt = 0; attempt < 600; attempt++) {
      const poll = await fetch(`/api/v1/orgs/${orgId}/capture/${captureId}`, { cache: "no-store" });
      if (!poll.ok) {
        setState({ kind: "error", message: `Could not read the import’s progress (HTTP ${poll.status}).` });
        return;
      }
      const capture = (await poll.json()) as Capture;
      if (capture.status === "succeeded" || capture.status === "failed") {
        setState({ kind: "done", capture });
        return;
      }
      setState({
        kind: "sending",
        step: capture.status === "accepted" ? "Queued…" : "Checking and storing events…",
        progress: capture.status === "accepted" ? 40 : 70,
        eventCount: capture.eventCount,
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    setState({ kind: "error", message: "The import is taking long; check back on this page later." });
  }

  return (
    <div className="stack">
      <label className="field card">
        <span>CSV or EPCIS 2.0 JSON file</span>
        <input
          className="input"
          type="file"
          accept=".csv,.json,.jsonld,text/csv,application/json,application/ld+json"
          disabled={!ready || state.kind === "sending"}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void run(file);
          }}
        />
        <small>
          CSV columns: {csvColumns.join(", ")} (the first four required; eventTime with its time zone). All
          rows are imported, or none.
        </small>
      </label>
      <div aria-live="polite" className="stack">
        {state.kind === "sending" && (
          <div className="stack">
            <p>
              {state.step}
              {state.eventCount ? ` ${state.eventCount} events.` : ""}
            </p>
            <progress
              className={styles.progress}
              max={100}
              value={state.progress}
              aria-label="Import progress"
            />
          </div>
        )}
        {state.kind === "invalid" && (
          <RowErrors errors={state.errors} title="Nothing was imported: fix these rows." />
        )}
        {state.kind === "error" && (
          <p className="form-error" role="alert">
            {state.message}
          </p>
        )}
        {state.kind === "done" && state.capture.status === "succeeded" && (
          <p className="form-ok">
            Imported {state.capture.storedCount ?? state.capture.eventCount} events
            {state.capture.duplicateCount
              ? ` (${state.capture.duplicateCount} already recorded, skipped)`
              : ""}
            .
          </p>
        )}
        {state.kind === "done" && state.capture.status === "failed" && (
          <RowErrors
            title="Nothing was imported: fix these events."
            errors={state.capture.errors.map((e) => ({
              row: Number(/eventList\[(\d+)\]/.exec(e.field)?.[1] ?? -1) + 2,
              message: `${e.field}: ${e.message}`,
            }))}
          />
        )}
      </div>
    </div>
  );
}

function RowErrors({ errors, title }: { errors: RowError[]; title: string }) {
  return (
    <div className="stack" role="alert">
      <p className="form-error">{title}</p>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e) => (
              <tr key={`${e.row}-${e.message}`}>
                <td>{e.row > 0 ? e.row : "—"}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
