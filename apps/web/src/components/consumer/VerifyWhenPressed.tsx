import { getMessages, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { VerifyOnPress } from "./VerifyOnPress";
import type { VerifyPanelProps } from "./VerifyPanel";

/**
 * Verify on a consumer page: its heading and button in the HTML, in `locale`, and its code
 * (`VerifyPanel` with the `Verify` catalogue) loaded only when pressed (`VerifyOnPress`).
 */
export async function VerifyWhenPressed({ locale, ...panel }: VerifyPanelProps & { locale: Locale }) {
  const [{ Verify }, t] = await Promise.all([
    getMessages({ locale }),
    getTranslations({ locale, namespace: "Verify" }),
  ]);
  return (
    <VerifyOnPress
      panel={panel}
      locale={locale}
      messages={{ Verify }}
      words={{
        title: t("title"),
        intro: panel.intro ?? t("intro"),
        verify: t("verify"),
        checking: t("checking"),
        failed: t("workerFailed"),
      }}
    />
  );
}
