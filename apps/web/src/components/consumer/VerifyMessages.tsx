import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/locales";

/**
 * Gives `VerifyPanel` (a client component) its words in `locale`: the `Verify` catalogue only, so the
 * page's JavaScript carries none of the other strings, which render on the server.
 */
export async function VerifyMessages({ locale, children }: { locale: Locale; children: ReactNode }) {
  const { Verify } = await getMessages({ locale });
  return (
    <NextIntlClientProvider locale={locale} messages={{ Verify }} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}
