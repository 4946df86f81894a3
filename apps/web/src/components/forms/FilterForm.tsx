import type { ReactNode } from "react";

export type FilterFormProps = {
  /** The form's accessible name: "Search products". */
  "aria-label": string;
  /** Where it goes; this page without it. */
  action?: string;
  /** The button's words: "Search", "Filter", "Find". */
  submitLabel: string;
  /** The fields, in a row. */
  children: ReactNode;
  /** What follows the button in the row (a download link). */
  after?: ReactNode;
  /** The refusals of filter values that are not allowed (`searchChoice`), said under the form; the list leaves those filters out. */
  refused?: readonly (string | undefined)[];
};

/**
 * A form that filters the page's list: its fields in a row, sent as the page's query (GET), so the
 * filtered list has an address of its own; under it, what it refused of the address's filters.
 *
 * @example
 * <FilterForm aria-label="Search products" submitLabel="Search">
 *   <Field label="Name or GTIN" name="q" defaultValue={q} />
 * </FilterForm>
 */
export function FilterForm({
  "aria-label": ariaLabel,
  action,
  submitLabel,
  children,
  after,
  refused = [],
}: FilterFormProps) {
  const problems = refused.filter(Boolean);
  return (
    <>
      <form className="row" method="get" action={action} aria-label={ariaLabel}>
        {children}
        <button type="submit" className="btn btn-secondary">
          {submitLabel}
        </button>
        {after}
      </form>
      {problems.length > 0 && (
        <p role="alert" className="card">
          {problems.join(" ")} The list below leaves {problems.length > 1 ? "those filters" : "that filter"}{" "}
          out.
        </p>
      )}
    </>
  );
}
