"use client";

import { useState } from "react";
import { DataTable } from "@/components/DataTable/DataTable";
import { useHydrated } from "@/components/forms/useHydrated";
import { ApiError } from "@/lib/api/ApiError";
import { dataOf } from "@/lib/api/apiClient";
import { browserApi } from "@/lib/api/browserApi";
import type { ApiResponse } from "@/lib/api/types";
import styles from "./dashboard.module.css";

const kinds = [
  { value: "products", label: "Products" },
  { value: "locations", label: "Locations" },
  { value: "lots", label: "Lots" },
  { value: "events", label: "Events" },
] as const satisfies readonly { value: ImportJob["kind"]; label: string }[];
type Kind = (typeof kinds)[number]["value"];

/** An import job as the API answers it; its problems: row (the header is row 1), column, value, what is wrong, how to fix it. */
type ImportJob = ApiResponse<"/orgs/{orgId}/imports/{importId}", "get">;
type ImportProblem = ImportJob["problems"][number];

type State =
  | { kind: "idle" }
  | { kind: "running"; job?: ImportJob }
  | { kind: "done"; job: ImportJob; what: Kind }
  | { kind: "error"; message: string };

/** The format the API reads a file as, by its name: XLSX, an EPCIS 2.0 JSON document, else CSV. */
function formatOf(file: File): "csv" | "xlsx" | "epcis" {
  const name = file.name.toLowerCase();
  if (name.endsWith(".xlsx")) return "xlsx";
  if (name.endsWith(".json") || name.endsWith(".jsonld")) return "epcis";
  return "csv";
}

/**
 * Import of products, locations, lots or events from a CSV or XLSX file (events also from an EPCIS
 * 2.0 JSON document), done by the API: the file is sent as it is, the page follows the import job
 * (rows checked, then rows written) and lists every problem of every row when nothing was written.
 */
export function BulkImport({ orgId }: { orgId: string }) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const [what, setWhat] = useState<Kind>("events");
  const [createMissing, setCreateMissing] = useState(false);
  // The file is read by this component: enabled once it runs in the browser.
  const ready = useHydrated();
  const base = `/api/v1/orgs/${orgId}/imports`;

  async function run(file: File) {
    setState({ kind: "running" });
    let job: ImportJob;
    try {
      job = await dataOf(
        browserApi.POST("/orgs/{orgId}/imports", {
          params: {
            path: { orgId },
            query: {
              kind: what,
              format: formatOf(file),
              createMissing: createMissing ? "true" : "false",
              fileName: file.name.slice(0, 255),
            },
          },
          // The file as it is, the API reads it by `format`.
          body: file,
          bodySerializer: (bytes) => bytes,
          headers: { "content-type": file.type || "application/octet-stream" },
        }),
      );
    } catch (error) {
      // A network failure (the browser offline, the server gone) is said in words too.
      const message =
        error instanceof ApiError
          ? (error.detail ?? error.title)
          : "The file could not be sent: check the connection and try again.";
      setState({ kind: "error", message });
      return;
    }
    while (job.phase === "checking" || job.phase === "writing") {
      setState({ kind: "running", job });
      await new Promise((resolve) => setTimeout(resolve, 250));
      try {
        job = await dataOf(
          browserApi.GET("/orgs/{orgId}/imports/{importId}", {
            params: { path: { orgId, importId: job.id } },
            cache: "no-store",
          }),
        );
      } catch {
        setState({
          kind: "error",
          message: "The import’s progress could not be read; reload the page to see it.",
        });
        return;
      }
    }
    setState({ kind: "done", job, what });
  }

  const running = state.kind === "running";
  return (
    <div className="stack">
      <div className="card stack">
        <label className="field">
          <span>What the file holds</span>
          <select
            className="input"
            value={what}
            disabled={running}
            onChange={(event) => setWhat(kinds.find((k) => k.value === event.target.value)?.value ?? what)}
          >
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <p>
          Start from the template, with a header row and an example row:{" "}
          <a href={`${base}/templates/${what}?format=xlsx`} download>
            {kinds.find((k) => k.value === what)?.label} template (XLSX)
          </a>{" "}
          ·{" "}
          <a href={`${base}/templates/${what}?format=csv`} download>
            CSV
          </a>
        </p>
        {(what === "lots" || what === "events") && (
          <label className="row" style={{ alignItems: "center" }}>
            <input
              type="checkbox"
              checked={createMissing}
              disabled={running}
              onChange={(event) => setCreateMissing(event.target.checked)}
            />
            <span>
              {what === "lots"
                ? "Create missing products (named by the productName column)"
                : "Create missing lots of my products"}
            </span>
          </label>
        )}
        <label className="field">
          <span>File to import (CSV, XLSX or EPCIS 2.0 JSON)</span>
          <input
            className="input"
            type="file"
            accept=".csv,.xlsx,.json,.jsonld,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/json,application/ld+json"
            disabled={!ready || running}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void run(file);
            }}
          />
          <small>Every row is checked first: all rows are imported, or none.</small>
        </label>
      </div>
      <div aria-live="polite" className="stack">
        {running && <Progress job={state.job} />}
        {state.kind === "error" && (
          <p className="form-error" role="alert">
            {state.message}
          </p>
        )}
        {state.kind === "done" && state.job.phase === "succeeded" && (
          <p className="form-ok">
            Imported {state.job.writtenRows} {state.what}.
          </p>
        )}
        {state.kind === "done" && state.job.phase === "failed" && <Problems problems={state.job.problems} />}
      </div>
    </div>
  );
}

function Progress({ job }: { job: ImportJob | undefined }) {
  const total = Math.max(job?.rowCount ?? 0, 1);
  const [step, done] =
    job?.phase === "writing" ? ["Writing", job.writtenRows] : ["Checking", job?.checkedRows ?? 0];
  return (
    <div className="stack">
      <p>{job ? `${step} rows: ${done} of ${job.rowCount}` : "Sending the file…"}</p>
      <progress className={styles.progress} max={total} value={done} aria-label={`${step} progress`} />
    </div>
  );
}

function Problems({ problems }: { problems: ImportProblem[] }) {
  const count = problems.length === 1 ? "this problem" : `these ${problems.length} problems`;
  return (
    <div className="stack" role="alert">
      <p className="form-error">Nothing was imported: fix {count}, then import the file again.</p>
      <DataTable
        columns={["Row", "Column", "Value", "Problem", "How to fix it"]}
        items={problems}
        row={(p) => (
          <tr key={`${p.row}-${p.column}-${p.problem}`}>
            <td>{p.row}</td>
            <td>{p.column || "—"}</td>
            <td>{p.value ?? ""}</td>
            <td>{p.problem}</td>
            <td>{p.fix}</td>
          </tr>
        )}
      />
    </div>
  );
}
