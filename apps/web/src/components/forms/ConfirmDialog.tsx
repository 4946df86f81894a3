"use client";

import { type RefObject, useId } from "react";

/** What a confirmation asks: the question, what will happen and to whom, the button that goes on. */
export type Confirmation = {
  /** The question, e.g. "Recall lot L-42 of Apples?". */
  title: string;
  /** What happens if they go on, and to whom, in a sentence or two. */
  description: string;
  confirmLabel: string;
};

/** Opens a `ConfirmDialog` as a modal with Cancel focused, so a stray Enter does nothing. */
export function openConfirmDialog(dialog: HTMLDialogElement | null) {
  if (!dialog) return;
  dialog.showModal();
  dialog.querySelector<HTMLButtonElement>("[data-cancel]")?.focus();
}

/**
 * A native modal dialog asking before a destructive or public act (open it with
 * `openConfirmDialog`): the page behind is inert while it is open, Escape and Cancel close it
 * without acting, the confirm button closes it and calls `onConfirm`.
 */
export function ConfirmDialog({
  ref,
  title,
  description,
  confirmLabel,
  onConfirm,
}: Confirmation & { ref: RefObject<HTMLDialogElement | null>; onConfirm: () => void }) {
  const id = useId();
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
      <div className="stack">
        <h2 id={`${id}-title`} className="dialog-title">
          {title}
        </h2>
        <p id={`${id}-text`}>{description}</p>
        <div className="row">
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => {
              ref.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            data-cancel
            onClick={() => ref.current?.close()}
          >
            Cancel
          </button>
        </div>
      </div>
    </dialog>
  );
}
