import { buildDigitalLink } from "@tracemark/sdk";
import { getTranslations } from "next-intl/server";
import { omittedStepsText } from "@/components/consumer/omittedStepsText";
import { stepNameOf } from "@/components/consumer/verifyLabels";
import { getConsumerWords } from "@/i18n/getConsumerWords";
import { localeOf } from "@/i18n/locales";
import { getPublicRecord } from "@/lib/api/getPublicRecord";
import { stepsInTimeOrder } from "@/lib/events/stepsInTimeOrder";
import { publicOrigin } from "@/lib/publicOrigin";

/**
 * The embeddable widget: a lot's journey as a small page without script, for a shop's product page
 * (`<iframe src="/embed/01/{gtin}/10/{lot}">`, the snippet on the lot's dashboard page). Any site may
 * frame it (`frame-ancestors *`; every other page refuses, next.config.ts). It shows what the record
 * says and whether each step is sealed; checking it against the chain ("Verify") happens on the full
 * consumer page, which it links to. In the visitor's language (`?lang=`, else `Accept-Language`).
 */
export async function GET(request: Request, { params }: { params: Promise<{ gtin: string; lot: string }> }) {
  const { gtin, lot } = await params;
  const url = new URL(request.url);
  const locale = localeOf(url.searchParams.get("lang"), request.headers.get("accept-language"));
  const [words, embed] = await Promise.all([
    getConsumerWords(locale),
    getTranslations({ locale, namespace: "Embed" }),
  ]);
  const { t } = words;
  const record = await getPublicRecord({
    gtin: decodeURIComponent(gtin),
    lot: decodeURIComponent(lot),
  }).catch(() => undefined);
  const headers = {
    "content-type": "text/html; charset=utf-8",
    // Framed by any shop; nothing in it runs or loads from elsewhere but the product's images.
    "content-security-policy":
      "default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:; frame-ancestors *; base-uri 'none'; form-action 'none'",
    "cache-control": "public, max-age=5, must-revalidate",
    vary: "Accept-Language",
  };
  if (!record) {
    const status = record === null ? 404 : 503;
    const text = status === 404 ? embed("notFound") : t("unavailableError");
    return new Response(page(locale, text, `<p class="muted">${escapeHtml(text)}</p>`), { status, headers });
  }
  const { display } = record;
  const owner = display.organisations.find((o) => o.role === "owner")?.name ?? record.organisation.name;
  const fullPage = `${await publicOrigin()}${buildDigitalLink({ gtin: display.product.gtin, lot: display.lot.lotCode })}?lang=${locale}`;
  const recall = display.recall.recalled
    ? `<div class="recall" role="alert"><strong>${escapeHtml(t("recallTitle"))}</strong> ${escapeHtml(
        display.recall.reason ?? "",
      )} ${escapeHtml(t("recallAdvice"))}</div>`
    : "";
  const steps = stepsInTimeOrder(display.journey, display.hiddenSteps ?? []).map(({ kind, step }) =>
    kind === "hidden"
      ? `<li><p class="step">${escapeHtml(
          t("hiddenStepTitle", { organisation: step.organisation, date: words.date(step.date) }),
        )}</p><p class="meta">${escapeHtml(t("detailsNotPublic"))} · ${escapeHtml(
          step.anchored ? t("sealed") : t("sealing"),
        )}</p></li>`
      : `<li data-testid="embed-step"><p class="step">${escapeHtml(stepNameOf(step, words))}</p><p class="meta">${escapeHtml(
          [step.location?.name, step.organisation, words.eventTime(step.eventTime, step.eventTimeZoneOffset)]
            .filter(Boolean)
            .join(" · "),
        )} · <span class="${step.anchored ? "sealed" : "muted"}">${escapeHtml(
          step.anchored ? t("sealed") : t("sealing"),
        )}</span></p></li>`,
  );
  const omitted = omittedStepsText(record, owner, words);
  const body = `${recall}
<p class="eyebrow">${escapeHtml(owner)}</p>
<h1>${escapeHtml(display.product.name)}</h1>
<p class="muted">${escapeHtml(t("lot"))} ${escapeHtml(display.lot.lotCode)}</p>
<h2>${escapeHtml(t("journeyTitle"))}</h2>
${omitted ? `<p class="muted" data-testid="embed-omitted">${escapeHtml(omitted)}</p>` : ""}
${steps.length > 0 ? `<ol>${steps.join("")}</ol>` : `<p class="muted">${escapeHtml(t("noSteps"))}</p>`}
<p><a href="${escapeHtml(fullPage)}" target="_blank" rel="noopener">${escapeHtml(embed("verifyOnFullPage"))} ↗</a></p>
<p class="muted small">${escapeHtml(embed("recordedWith"))}</p>`;
  return new Response(page(locale, `${display.product.name} · ${t("journeyTitle")}`, body), { headers });
}

function page(lang: string, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${css}</style></head><body><main>${body}</main></body></html>`;
}

const css = `:root{color-scheme:light dark;--brand:#0b6652;--text:#15211c;--muted:#4a5852;--bg:#fff;--line:#d5dbd3;--alert:#8a1c1c}
@media (prefers-color-scheme:dark){:root{--brand:#5fd3b3;--text:#e5ece8;--muted:#a4b3ab;--bg:#141e1a;--line:#2b3a33;--alert:#ff9c9c}}
body{margin:0;font:15px/1.45 system-ui,sans-serif;color:var(--text);background:var(--bg)}main{padding:12px 16px}
h1{font-size:1.2rem;margin:.1rem 0}h2{font-size:1rem;margin:1rem 0 .4rem}.eyebrow{color:var(--brand);font-weight:600;font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;margin:0}
ol{list-style:none;margin:0;padding:0;border-left:2px solid var(--line)}li{padding:0 0 .6rem .8rem}p{margin:0}.step{font-weight:600}.meta,.muted{color:var(--muted);font-size:.85rem}.small{font-size:.75rem;margin-top:.4rem}
.sealed{color:var(--brand);font-weight:600}a{color:var(--brand)}.recall{border:2px solid var(--alert);color:var(--alert);padding:.5rem .7rem;border-radius:6px;margin-bottom:.7rem}`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
