import type { PagerWords } from "./PagedList";

/**
 * The pager's English, the dashboard's; `noun` names the items ("events").
 *
 * @example
 * <PagedList words={englishPagerWords("events")} … />
 */
export function englishPagerWords(noun: string): PagerWords {
  return {
    locale: "en",
    earlier: "← Earlier",
    later: "Later →",
    where: `${noun.charAt(0).toUpperCase()}${noun.slice(1)} {first}–{last} of {total}`,
    label: `Pages of ${noun}`,
  };
}
