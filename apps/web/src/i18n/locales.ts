import Negotiator from "negotiator";

/** The languages the consumer pages speak, English first (the fallback). */
export const locales = ["en", "fr", "de", "es", "nl"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** The request headers the resolver (src/proxy.ts) sets for the pages: the language, and one chosen with `?lang=`. */
export const localeHeader = "x-tracemark-locale";
export const chosenLocaleHeader = "x-tracemark-lang";

export function isLocale(value: string | null | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? "");
}

/**
 * The language of a page: the one chosen with `?lang=` when it is one of ours, else the best match
 * of the browser's `Accept-Language` (q-values and regions understood: "fr-CH" reads French), else English.
 *
 * @example
 * localeOf(null, "es-MX,es;q=0.9,en;q=0.8") // "es"
 */
export function localeOf(
  chosen: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Locale {
  if (isLocale(chosen)) return chosen;
  const best = new Negotiator({ headers: { "accept-language": acceptLanguage ?? "" } }).language([
    ...locales,
  ]);
  return isLocale(best) ? best : defaultLocale;
}

/** Each language by its own name, for the switcher. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  fr: "Français",
  de: "Deutsch",
  es: "Español",
  nl: "Nederlands",
};
