import type { ReactNode } from "react";

export type DataTableProps<T> = {
  /** The column headings, in order; a `false` one is left out (a column shown only sometimes). */
  columns: readonly (string | false)[];
  /** Adds a last column for each row's buttons, its heading ("Actions") read only by screen readers. */
  actions?: boolean;
  items: readonly T[];
  /** The `<tr>` of one item. */
  row: (item: T) => ReactNode;
  /** What to say instead of the table when there are no items; without it an empty table shows. */
  empty?: ReactNode;
  /** A caption read only by screen readers. */
  caption?: string;
  "aria-label"?: string;
};

/**
 * The dashboard's table: a scrolling wrapper, column headings and one row per item, or the words
 * for "nothing yet" in its place.
 *
 * @example
 * <DataTable
 *   columns={["Name", "Role"]}
 *   items={keys}
 *   empty="No keys yet."
 *   row={(k) => <tr key={k.id}><td>{k.name}</td><td>{k.role}</td></tr>}
 * />
 */
export function DataTable<T>({
  columns,
  actions = false,
  items,
  row,
  empty,
  caption,
  "aria-label": ariaLabel,
}: DataTableProps<T>) {
  if (empty !== undefined && items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <div className="table-wrap">
      <table className="table" aria-label={ariaLabel}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map(
              (column) =>
                column !== false && (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ),
            )}
            {actions && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{items.map(row)}</tbody>
      </table>
    </div>
  );
}
