import "server-only";
import { cbvTerm, fieldGroupLabels, fsma204BizSteps } from "@tracemark/sdk";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatEventTime } from "@/lib/format/formatEventTime";
import type { Locale } from "./locales";
import { type ConsumerTranslator, shippingVocabularyOf } from "./shippingVocabularyOf";

/**
 * The consumer pages' words in one language: its translators (`Consumer`, `Cbv`) and dates in it.
 * Without `locale`, the request's (`?lang=` or `Accept-Language`).
 *
 * @example
 * const words = await getConsumerWords();
 * words.t("journeyTitle") // "Son parcours" for a French visitor
 */
export async function getConsumerWords(locale?: Locale) {
  const language = locale ?? ((await getLocale()) as Locale);
  const [t, cbv] = await Promise.all([
    getTranslations({ locale: language, namespace: "Consumer" }),
    getTranslations({ locale: language, namespace: "Cbv" }),
  ]);
  return {
    locale: language,
    t,
    /** A CBV business step or disposition by its proper name; another vocabulary's term as the API labelled it. */
    cbvName(kind: "bizStep" | "disposition", value: string | null, apiLabel: string | null): string | null {
      if (!value) return apiLabel;
      const term = cbvTermOf(value);
      return cbv.has(`${kind}.${term}` as never) ? cbv(`${kind}.${term}` as never) : apiLabel;
    },
    /** The name the API gives a withheld field group ("quantities"), in this language. */
    fieldGroupName(apiName: string): string {
      const group = Object.entries(fieldGroupLabels).find(([, label]) => label === apiName)?.[0];
      return group && t.has(`fieldGroup.${group}` as never) ? t(`fieldGroup.${group}` as never) : apiName;
    },
    /** A step's shipping details (`wordShippingDetails`) in this language. */
    shipping: shippingVocabularyOf(t as unknown as ConsumerTranslator, language),
    /** The pager of a paged list (`PagedList`) of steps. */
    pager: {
      locale: language,
      earlier: t("pagerEarlier"),
      later: t("pagerLater"),
      where: t.raw("pagerSteps") as string,
      label: t("pagerStepsLabel"),
    },
    date: (value: string | null | undefined) => formatDate(value, language),
    eventTime: (iso: string, offset?: string) => formatEventTime(iso, offset, true, language),
  };
}

export type ConsumerWords = Awaited<ReturnType<typeof getConsumerWords>>;

/**
 * The bare CBV term of any spelling ("urn:epcglobal:cbv:bizstep:shipping",
 * "https://ref.gs1.org/cbv/BizStep-shipping"); Tracemark's FSMA 204 steps give their own word.
 */
function cbvTermOf(value: string): string {
  const fsmaStep = Object.entries(fsma204BizSteps).find(([, uri]) => uri === value)?.[1];
  return fsmaStep ? (fsmaStep.split("/").pop() ?? value) : cbvTerm(["bizStep", "disposition"], value);
}
