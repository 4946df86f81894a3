"use client";

import { type ReactNode, useState } from "react";

/** The EPCIS error reasons a correction can give, in words. */
const errorReasons = [
  ["incorrect_data", "Some details were wrong: record what really happened"],
  ["did_not_occur", "It did not happen at all"],
] as const;

/**
 * What was wrong with an event: its details (then `children`, the corrected event's fields, are
 * filled in) or the whole event (it did not happen: no corrected event, the fields are disabled).
 */
export function CorrectionChoice({ children }: { children: ReactNode }) {
  const [reason, setReason] = useState<(typeof errorReasons)[number][0]>("incorrect_data");
  return (
    <>
      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="field">
          <span>What was wrong</span>
        </legend>
        {errorReasons.map(([value, words]) => (
          <label key={value} className="row" style={{ alignItems: "center", gap: "var(--space-2)" }}>
            <input
              type="radio"
              name="errorReason"
              value={value}
              checked={reason === value}
              onChange={() => setReason(value)}
            />
            {words}
          </label>
        ))}
      </fieldset>
      <fieldset
        className="stack"
        style={{ border: 0, padding: 0, margin: 0 }}
        disabled={reason === "did_not_occur"}
        hidden={reason === "did_not_occur"}
      >
        <legend className="field">
          <span>The corrected event</span>
        </legend>
        {children}
      </fieldset>
    </>
  );
}
