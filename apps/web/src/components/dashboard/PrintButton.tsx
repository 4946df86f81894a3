"use client";

/** A button that opens the browser's print dialog for the page (its print styles apply). */
export function PrintButton({ label = "Print" }: { label?: string }) {
  return (
    <button type="button" className="btn btn-secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
