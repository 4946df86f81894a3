"use client";

import { type InputHTMLAttributes, type ReactNode, use, useId } from "react";
import { FormStateContext } from "./ActionForm";

export type FormFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name"> & {
  name: string;
  label: string;
  hint?: ReactNode;
  /** Use a textarea (of this many rows) instead of an input. */
  multiline?: boolean;
  rows?: number;
};

/**
 * A labelled input of an `ActionForm` that shows the API's error about it (the problem's `errors`
 * naming this field or a part of it) under it, marked invalid and described by that message.
 */
export function FormField({ name, label, hint, multiline, rows, ...input }: FormFieldProps) {
  const state = use(FormStateContext);
  const id = useId();
  const error = Object.entries(state?.fieldErrors ?? {}).find(
    ([field]) => field === name || field.startsWith(`${name}.`),
  )?.[1];
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined]
    .filter(Boolean)
    .join(" ");
  const common = {
    id,
    name,
    className: "input",
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={rows} {...(input as object)} />
      ) : (
        <input {...common} {...input} />
      )}
      {hint && <small id={`${id}-hint`}>{hint}</small>}
      {error && (
        <small id={`${id}-error`} className="field-error">
          {error}
        </small>
      )}
    </div>
  );
}
