import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { chosenLocaleHeader, type Locale, localeNames, locales } from "@/i18n/locales";
import styles from "./consumer.module.css";

/**
 * A consumer page's content marked with its language (`lang`), under a switcher: a link per
 * language to this address with `?lang=`, which the resolver reads before `Accept-Language`.
 * No cookie: the choice travels in the address, and the page's own links carry it on (`withLanguage`).
 */
export async function InLanguage({ children }: { children: ReactNode }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("Language");
  return (
    <div lang={locale}>
      <nav aria-label={t("label")} className={styles.languages} data-testid="language-switcher">
        <ul>
          {locales.map((code) => (
            <li key={code}>
              <a
                href={`?lang=${code}`}
                hrefLang={code}
                lang={code}
                aria-current={code === locale ? "true" : undefined}
              >
                {localeNames[code]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}

/**
 * `href` with the language the visitor chose (`?lang=`), so a link between consumer pages keeps it;
 * unchanged when the language came from the browser.
 *
 * @example
 * <a href={await withLanguage(`/01/${gtin}/10/${lot}`)}>…</a>
 */
export async function withLanguage(href: string): Promise<string> {
  const chosen = (await headers()).get(chosenLocaleHeader);
  return chosen ? `${href}${href.includes("?") ? "&" : "?"}lang=${chosen}` : href;
}
