"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";

export type PageFailedProps = {
  /** What was thrown; from a server component, an Error whose message is hidden, with a digest. */
  error: unknown;
  /** Fetches and renders the failed part again (Next's `retry`). */
  retry: () => void;
};

/**
 * The dashboard's error boundary: says in words that the page could not be loaded, offers to try
 * again, and gives the reference the server logged it under. Focus moves to it so that keyboard and
 * screen reader users learn of it.
 */
export function PageFailed({ error, retry }: PageFailedProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : undefined;
  return (
    <section className="card stack" aria-labelledby="page-failed-title">
      <h1 id="page-failed-title" className="page-title" ref={heading} tabIndex={-1}>
        This page could not be loaded
      </h1>
      <p>
        Tracemark could not get what this page shows: the API may be restarting or out of reach, or it
        answered with an error. Try again in a moment.
      </p>
      {digest && (
        <p className="muted">
          If it keeps happening, give your administrator this reference:{" "}
          <span className="mono">{digest}</span>
        </p>
      )}
      <div className="row" style={{ alignItems: "center" }}>
        <button type="button" className="btn" onClick={() => retry()}>
          Try again
        </button>
        <Link href="/dashboard">Go to the dashboard</Link>
      </div>
    </section>
  );
}
