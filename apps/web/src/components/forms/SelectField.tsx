import type { ReactNode, SelectHTMLAttributes } from "react";
import { Field } from "./Field";

export type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: ReactNode;
  hint?: ReactNode;
  /** The choices as `[value, words]`, in order. */
  options: readonly (readonly [value: string, words: ReactNode])[];
  /** A first choice of no value, with these words ("Not stated", "Any"). */
  none?: string;
  grow?: boolean;
};

/**
 * A labelled select of a form, one option per `[value, words]` pair.
 *
 * @example
 * <SelectField label="Change" name="action" none="Any" options={[["create", "Created"]]} />
 */
export function SelectField({ label, hint, options, none, grow, ...select }: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} grow={grow}>
      <select className="input" {...select}>
        {none !== undefined && <option value="">{none}</option>}
        {options.map(([value, words]) => (
          <option key={value} value={value}>
            {words}
          </option>
        ))}
      </select>
    </Field>
  );
}
