import { DataTable } from "@/components/DataTable/DataTable";
import type { Lot } from "@/lib/api/types";
import { lotWords } from "@/lib/events/linkEventFromForm";

export type LotPickerProps = {
  lots: Lot[];
  /** `use`: each lot goes in, comes out or is not used (a transformation); `pack`: packed or not. */
  mode: "use" | "pack";
  /** The lot the form was opened from: preset to go in (or to be packed). */
  preset?: string | undefined;
  caption: string;
};

/**
 * The organisation's lots and those shipped to it, one row each, to say how each takes part and
 * in what quantity (and, when packed, which serials), as `transformationFromForm` and
 * `packingFromForm` read them.
 */
export function LotPicker({ lots, mode, preset, caption }: LotPickerProps) {
  if (lots.length === 0) return <p className="muted">No lots yet: create one from a product’s page first.</p>;
  return (
    <DataTable
      columns={[
        "Lot",
        mode === "use" ? "How it took part" : "Packed",
        "Quantity",
        "Unit",
        mode === "pack" && "Serial numbers",
      ]}
      items={lots}
      caption={caption}
      row={(lot) => {
        const words = lotWords(lot);
        return (
          <tr key={lot.id}>
            <th scope="row">
              {lot.productName} · lot <span className="mono">{lot.lotCode}</span>
              {lot.receivedFrom && <small className="muted"> (from {lot.receivedFrom.name})</small>}
              {lot.recallState === "recalled" && (
                <span className="badge" data-tone="down">
                  Recalled
                </span>
              )}
            </th>
            <td>
              {mode === "use" ? (
                <select
                  className="input"
                  name={`use:${lot.id}`}
                  aria-label={`Use of ${words}`}
                  defaultValue={preset === lot.id ? "input" : ""}
                >
                  <option value="">Not used</option>
                  <option value="input">Went in</option>
                  {!lot.receivedFrom && <option value="output">Came out</option>}
                </select>
              ) : (
                <input
                  type="checkbox"
                  name="pack"
                  value={lot.id}
                  aria-label={`Pack ${words}`}
                  defaultChecked={preset === lot.id}
                />
              )}
            </td>
            <td>
              <input
                className="input"
                name={`quantity:${lot.id}`}
                inputMode="decimal"
                aria-label={`Quantity of ${words}`}
                size={8}
              />
            </td>
            <td>
              <input
                className="input"
                name={`unit:${lot.id}`}
                aria-label={`Unit of ${words}`}
                placeholder={lot.unit ?? "KGM"}
                maxLength={10}
                size={5}
              />
            </td>
            {mode === "pack" && (
              <td>
                <input
                  className="input"
                  name={`serials:${lot.id}`}
                  aria-label={`Serial numbers of ${words}`}
                  placeholder="e.g. 1001, 1002"
                />
              </td>
            )}
          </tr>
        );
      }}
    />
  );
}
