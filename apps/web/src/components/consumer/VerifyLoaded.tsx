"use client";

import { type AbstractIntlMessages, NextIntlClientProvider } from "next-intl";
import type { Locale } from "@/i18n/locales";
import { VerifyPanel, type VerifyPanelProps } from "./VerifyPanel";

export type VerifyLoadedProps = {
  panel: VerifyPanelProps;
  locale: Locale;
  /** The `Verify` catalogue only. */
  messages: AbstractIntlMessages;
};

/** `VerifyPanel` with its words, loaded by `VerifyOnPress` when Verify is pressed: it checks at once. */
export function VerifyLoaded({ panel, locale, messages }: VerifyLoadedProps) {
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="UTC">
      <VerifyPanel {...panel} pressed />
    </NextIntlClientProvider>
  );
}
