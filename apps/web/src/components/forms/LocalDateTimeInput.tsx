"use client";

import { useEffect, useState } from "react";

/**
 * A date-and-time field preset to now, with the browser's time zone offset sent beside it
 * (`<name>Offset`, e.g. "+01:00"), since EPCIS events carry the offset where they happened.
 */
export function LocalDateTimeInput({ name, label }: { name: string; label: string }) {
  const [value, setValue] = useState("");
  const [offset, setOffset] = useState("+00:00");
  useEffect(() => {
    const now = new Date();
    const minutes = -now.getTimezoneOffset();
    const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, "0");
    setOffset(`${minutes >= 0 ? "+" : "-"}${pad(minutes / 60)}:${pad(minutes % 60)}`);
    const local = new Date(now.getTime() + minutes * 60_000);
    setValue(local.toISOString().slice(0, 16));
  }, []);
  return (
    <label className="field">
      <span>{label}</span>
      <input
        className="input"
        type="datetime-local"
        name={name}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        required
      />
      <input type="hidden" name={`${name}Offset`} value={offset} />
      <small>Your time zone ({offset}).</small>
    </label>
  );
}
