"use client";

import { type ReactNode, useEffect, useState } from "react";
import { englishPagerWords } from "./englishPagerWords";
import styles from "./PagedList.module.css";

/**
 * The pager's words, ready: a server component cannot hand a client one functions. `where` is a
 * template with `{first}`, `{last}` and `{total}`, numbered for `locale`.
 */
export type PagerWords = {
  locale: string;
  earlier: string;
  later: string;
  /** "Steps {first}–{last} of {total}". */
  where: string;
  /** The pager's accessible name: "Pages of steps". */
  label: string;
};

export type PagedListProps = {
  /** The list's items (each an `<li>`), in the order shown. */
  items: ReactNode[];
  /** Each item's element id (`#id` links to it), in the same order: a link to an item on another page turns to that page. */
  ids?: (string | undefined)[];
  /** Items per page. */
  pageSize?: number;
  /** The list's class. */
  className?: string | undefined;
  "data-testid"?: string;
} & (
  | {
      /** What the items are, for the pager's English words: "steps", "events". */
      noun: string;
      words?: undefined;
    }
  | {
      noun?: undefined;
      /** The pager's words in the page's language. */
      words: PagerWords;
    }
);

/**
 * A long list shown a page at a time, with "Earlier"/"Later" buttons and where you are ("Steps 21–40
 * of 200"); without JavaScript the first page. The whole list stays with the page (Verify and the
 * links between corrections keep working); only what is drawn is cut.
 *
 * @example
 * <PagedList noun="events" items={events.map((e) => <li key={e.id}>{e.name}</li>)} />
 * <PagedList words={words.pager} items={steps.map((s) => <li key={s.id}>{s.name}</li>)} />
 */
export function PagedList({
  items,
  ids = [],
  pageSize = 20,
  noun,
  words,
  className,
  ...rest
}: PagedListProps) {
  const pager = words ?? englishPagerWords(noun ?? "");
  const pagerId = `${rest["data-testid"] ?? noun ?? "list"}-pager`;
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
    document.getElementById(pagerId)?.scrollIntoView({ block: "nearest" });
  };
  return (
    <>
      <ol className={className} data-testid={rest["data-testid"]}>
        {shown}
      </ol>
      {pages > 1 && (
        <nav id={pagerId} className={styles.pager} aria-label={pager.label} data-testid="pager">
          <button
            type="button"
            className={styles.button}
            onClick={() => turn(current - 1)}
            disabled={current === 0}
          >
            {pager.earlier}
          </button>
          <span className={styles.where} aria-live="polite">
            {whereIn(pager, first + 1, first + shown.length, items.length)}
          </span>
          <button
            type="button"
            className={styles.button}
            onClick={() => turn(current + 1)}
            disabled={current === pages - 1}
          >
            {pager.later}
          </button>
        </nav>
      )}
    </>
  );
}

/** "Steps 21–40 of 1,200" from the template, with the numbers written for the language. */
export function whereIn(words: PagerWords, first: number, last: number, total: number): string {
  const numbers: Record<string, number> = { first, last, total };
  const format = new Intl.NumberFormat(words.locale);
  return words.where.replace(/\{(first|last|total)\}/g, (_, name: string) =>
    format.format(numbers[name] ?? 0),
  );
}
