"use client";

import { useState } from "react";
import type { PickableProduct } from "@/lib/events/linkEventFromForm";
import { Field } from "./Field";
import { SelectField } from "./SelectField";

/**
 * The lots a transformation makes that don't exist yet, one row each (product, lot code,
 * quantity, dates), as `transformationFromForm` reads them; more rows on demand.
 */
export function NewLotRows({ products }: { products: PickableProduct[] }) {
  // Rows are only ever added, so each keeps its number as its key.
  const [rows, setRows] = useState<number[]>([0]);
  if (products.length === 0)
    return <p className="muted">Register the product it becomes first, to make a new lot of it.</p>;
  return (
    <div className="stack">
      {rows.map((row) => (
        <fieldset key={row} className="card stack">
          <legend>New lot {rows.length > 1 ? row + 1 : ""}</legend>
          <div className="grid-2">
            <SelectField
              label="Product"
              name={`newProduct.${row}`}
              defaultValue=""
              none="Choose the product it became"
              options={products.map((p) => [p.id, `${p.name} (${p.gtin})`] as const)}
            />
            <Field label="Lot code" name={`newLotCode.${row}`} maxLength={20} />
            <Field label="Quantity made" name={`quantity:new.${row}`} inputMode="decimal" />
            <Field label="Unit" name={`unit:new.${row}`} maxLength={10} placeholder="KGM, LTR, EA" />
            <Field label="Production date" type="date" name={`newProductionDate.${row}`} />
            <Field label="Expiry date" type="date" name={`newExpiryDate.${row}`} />
          </div>
        </fieldset>
      ))}
      <div>
        <button type="button" className="btn btn-secondary" onClick={() => setRows([...rows, rows.length])}>
          Add another new lot
        </button>
      </div>
    </div>
  );
}
