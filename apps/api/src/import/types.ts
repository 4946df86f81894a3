/** The kinds of things a file can import. */
export const IMPORT_KINDS = ["products", "locations", "lots", "events"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
/** csv and xlsx for every kind; epcis (an EPCIS 2.0 JSON document) for events. */
export const IMPORT_FORMATS = ["csv", "xlsx", "epcis"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * One problem of an imported file: the row as a spreadsheet numbers it (the header is row 1; for an
 * EPCIS document, the event's position from 1), the column (or EPCIS field), the value, what is wrong and how to fix it.
 */
export type ImportProblem = { row: number; column: string; value?: string; problem: string; fix: string };

/** A data row of a file: its number as a spreadsheet shows it, and its cells by column name (trimmed). */
export type ImportRow = { row: number; cells: Map<string, string> };

/** What every kind's rows hold, and which columns are required; names as templates write them. */
export const COLUMNS: Record<ImportKind, { required: readonly string[]; optional: readonly string[] }> = {
  products: { required: ["gtin", "name"], optional: ["description", "category", "commodity", "variety"] },
  locations: {
    required: ["name"],
    optional: ["gln", "street", "city", "postalCode", "region", "country", "latitude", "longitude"],
  },
  lots: {
    required: ["gtin", "lot"],
    optional: ["productionDate", "expiryDate", "quantity", "unit", "productName"],
  },
  events: {
    required: ["gtin", "lot", "bizStep", "eventTime"],
    optional: ["disposition", "quantity", "unit", "locationGln", "productName"],
  },
};
