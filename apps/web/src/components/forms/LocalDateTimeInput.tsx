"use client";

import { useEffect, useState } from "react";
import { Field } from "./Field";

export type LocalDateTimeInputProps = {
  name: string;
  label: string;
  /** A local date and time ("2026-03-12T09:30") and its offset ("+01:00"); else now, in the browser's zone. */
  initial?: { value: string; offset: string } | undefined;
};

/**
 * A date-and-time field preset to now (or to `initial`), with the time zone offset sent beside it
 * (`<name>Offset`, e.g. "+01:00"), since EPCIS events carry the offset where they happened.
 */
export function LocalDateTimeInput({ name, label, initial }: LocalDateTimeInputProps) {
  const [value, setValue] = useState(initial?.value ?? "");
  const [offset, setOffset] = useState(initial?.offset ?? "+00:00");
  useEffect(() => {
    if (initial) return;
    const now = new Date();
    const minutes = -now.getTimezoneOffset();
    const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, "0");
    setOffset(`${minutes >= 0 ? "+" : "-"}${pad(minutes / 60)}:${pad(minutes % 60)}`);
    const local = new Date(now.getTime() + minutes * 60_000);
    setValue(local.toISOString().slice(0, 16));
  }, [initial]);
  return (
    <Field
      label={label}
      hint={initial ? `Time zone of the event (${offset}).` : `Your time zone (${offset}).`}
    >
      <input
        className="input"
        type="datetime-local"
        name={name}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        required
      />
      <input type="hidden" name={`${name}Offset`} value={offset} />
    </Field>
  );
}
