"use client";

import { use, useId, useRef, useState } from "react";
import { FormStateContext } from "./ActionForm";

const MAX_IMAGES = 20;

/**
 * A product's image URLs, one input each (`imageUrls`, repeated), with buttons to add and remove
 * them; the first is the one shown to shoppers. Shows the API's error about an URL beside it.
 */
export function ImageUrlsField({ initial = [] }: { initial?: string[] }) {
  const id = useId();
  const state = use(FormStateContext);
  const [rows, setRows] = useState(() =>
    (initial.length > 0 ? initial : [""]).map((url, key) => ({ key, url })),
  );
  const keys = useRef(rows.length);
  const blank = () => ({ key: keys.current++, url: "" });
  const errorOf = (index: number) =>
    Object.entries(state?.fieldErrors ?? {}).find(
      ([field]) => field === `imageUrls.${index}` || (index === 0 && field === "imageUrls"),
    )?.[1];
  return (
    <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }} aria-describedby={`${id}-hint`}>
      <legend className="field">
        <span>Images</span>
      </legend>
      <small id={`${id}-hint`} className="muted">
        Web addresses (https://…) of pictures of the product. The first is shown to shoppers.
      </small>
      {rows.map((row, index) => {
        const error = errorOf(index);
        return (
          <div key={row.key} className="row">
            <div className="field" style={{ flex: 1 }}>
              <label htmlFor={`${id}-${row.key}`}>Image URL {index + 1}</label>
              <input
                id={`${id}-${row.key}`}
                className="input"
                type="url"
                name="imageUrls"
                maxLength={2048}
                placeholder="https://example.com/product.jpg"
                value={row.url}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-${row.key}-error` : undefined}
                onChange={(e) =>
                  setRows(rows.map((r) => (r.key === row.key ? { ...r, url: e.target.value } : r)))
                }
              />
              {error && (
                <small id={`${id}-${row.key}-error`} className="field-error">
                  {error}
                </small>
              )}
            </div>
            <button
              type="button"
              className="btn btn-secondary"
              aria-label={`Remove image URL ${index + 1}`}
              onClick={() => setRows(rows.length > 1 ? rows.filter((r) => r.key !== row.key) : [blank()])}
            >
              Remove
            </button>
          </div>
        );
      })}
      {rows.length < MAX_IMAGES && (
        <div>
          <button type="button" className="btn btn-secondary" onClick={() => setRows([...rows, blank()])}>
            Add an image URL
          </button>
        </div>
      )}
    </fieldset>
  );
}
