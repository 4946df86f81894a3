import type { InputHTMLAttributes, ReactNode } from "react";

export type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: ReactNode;
  /** A line under the control. */
  hint?: ReactNode;
  /** The control when it is not a plain input (a select, a textarea); the input's props are then unused. */
  children?: ReactNode;
  /** The field takes the free width of its row. */
  grow?: boolean;
};

/**
 * A labelled control of a form: the label's words above an input (or the control given as
 * children), with an optional hint below; the whole is the `<label>`, so the words name the control.
 *
 * @example
 * <Field label="Lot code" name="lotCode" required maxLength={20} hint="Up to 20 characters." />
 */
export function Field({ label, hint, children, grow = false, ...input }: FieldProps) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the input below, or the select or textarea given as children
    <label className="field" style={grow ? { flex: 1 } : undefined}>
      <span>{label}</span>
      {children ?? <input className="input" {...input} />}
      {hint && <small>{hint}</small>}
    </label>
  );
}
