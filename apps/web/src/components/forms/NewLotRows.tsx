"use client";

import { useState } from "react";
import type { PickableProduct } from "@/lib/events/linkEventFromForm";

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
            <label className="field">
              <span>Product</span>
              <select className="input" name={`newProduct.${row}`} defaultValue="">
                <option value="">Choose the product it became</option>
                {products.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({p.gtin})
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Lot code</span>
              <input className="input" name={`newLotCode.${row}`} maxLength={20} />
            </label>
            <label className="field">
              <span>Quantity made</span>
              <input className="input" name={`quantity:new.${row}`} inputMode="decimal" />
            </label>
            <label className="field">
              <span>Unit</span>
              <input className="input" name={`unit:new.${row}`} maxLength={10} placeholder="KGM, LTR, EA" />
            </label>
            <label className="field">
              <span>Production date</span>
              <input className="input" type="date" name={`newProductionDate.${row}`} />
            </label>
            <label className="field">
              <span>Expiry date</span>
              <input className="input" type="date" name={`newExpiryDate.${row}`} />
            </label>
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
