import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { localeHeader, localeOf } from "./locales";

/**
 * next-intl's configuration per request, without i18n routing (the consumer pages keep their GS1
 * Digital Link paths): the language the resolver chose (`?lang=` or `Accept-Language`), or on paths
 * it does not see, `Accept-Language`; the catalogue of that language, on the server only.
 */
export default getRequestConfig(async ({ locale: requested }) => {
  const requestHeaders = await headers();
  const locale = localeOf(
    requested ?? requestHeaders.get(localeHeader),
    requestHeaders.get("accept-language"),
  );
  return { locale, messages: (await import(`../../messages/${locale}.json`)).default };
});
