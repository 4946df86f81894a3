"use client";

import { type ReactNode, useEffect, useState } from "react";
import styles from "./PagedList.module.css";

export type PagedListProps = {
  /** The list's items (each an `<li>`), in the order shown. */
  items: ReactNode[];
  /** Each item's element id (`#id` links to it), in the same order: a link to an item on another page turns to that page. */
  ids?: (string | undefined)[];
  /** Items per page. */
  pageSize?: number;
  /** What the items are, for the pager's words: "steps", "events". */
  noun: string;
  /** The list's class. */
  className?: string | undefined;
  "data-testid"?: string;
};

/**
 * A long list shown a page at a time, with "Earlier"/"Later" buttons and where you are ("Steps 21–40
 * of 200"); without JavaScript the first page. The whole list stays with the page (Verify and the
 * links between corrections keep working); only what is drawn is cut.
 *
 * @example
 * <PagedList noun="steps" items={steps.map((s) => <li key={s.id}>{s.name}</li>)} />
 */
export function PagedList({ items, ids = [], pageSize = 20, noun, className, ...rest }: PagedListProps) {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const [page, setPage] = useState(0);

  // A link to an item (`#step-…`) on another page turns to that page, then scrolls to it.
  useEffect(() => {
    const follow = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const at = id ? ids.indexOf(id) : -1;
      if (at < 0) return;
      setPage(Math.floor(at / pageSize));
      requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView());
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [ids, pageSize]);

  const current = Math.min(page, pages - 1);
  const first = current * pageSize;
  const shown = items.slice(first, first + pageSize);
  const turn = (to: number) => {
    setPage(to);
    document.getElementById(`${rest["data-testid"] ?? noun}-pager`)?.scrollIntoView({ block: "nearest" });
  };
  return (
    <>
      <ol className={className} data-testid={rest["data-testid"]}>
        {shown}
      </ol>
      {pages > 1 && (
        <nav
          id={`${rest["data-testid"] ?? noun}-pager`}
          className={styles.pager}
          aria-label={`Pages of ${noun}`}
          data-testid="pager"
        >
          <button
            type="button"
            className={styles.button}
            onClick={() => turn(current - 1)}
            disabled={current === 0}
          >
            ← Earlier
          </button>
          <span className={styles.where} aria-live="polite">
            {capitalise(noun)} {first + 1}–{first + shown.length} of {items.length}
          </span>
          <button
            type="button"
            className={styles.button}
            onClick={() => turn(current + 1)}
            disabled={current === pages - 1}
          >
            Later →
          </button>
        </nav>
      )}
    </>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
