import { createTranslator } from "next-intl";
import de from "../../messages/de.json";
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import fr from "../../messages/fr.json";
import nl from "../../messages/nl.json";
import type { Locale } from "./locales";

const catalogues = { en, fr, de, es, nl } as const;

/**
 * The small page the resolver answers a browser with when a Digital Link is malformed, unknown or
 * can't be checked now (src/proxy.ts), in the visitor's language: what happened in words, the
 * precise reason as the resolver gave it (in English), and the way home.
 *
 * @example
 * problemPage({ status: 404, title: "Not found", detail: "No lot L1 of GTIN …" }, "fr")
 */
export function problemPage(problem: { status: 400 | 404 | 503; detail: string }, locale: Locale): string {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "Resolver" });
  const title = t(`title${problem.status}`);
  const reason =
    locale === "en"
      ? `<p>${escapeHtml(problem.detail)}</p>`
      : `<p>${escapeHtml(t(`text${problem.status}`))}</p><p class="code" lang="en">${escapeHtml(problem.detail)}</p>`;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Tracemark</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5}p.code{color:#666}</style></head><body><main><p class="code">${problem.status}</p><h1>${escapeHtml(title)}</h1>${reason}<p>${escapeHtml(t("scanHint"))} <a href="/">${escapeHtml(t("home"))}</a></p></main></body></html>`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
