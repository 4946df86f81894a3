import { buildDigitalLink } from "@tracemark/sdk";
import { CopyButton } from "@/components/forms/CopyButton";
import { Settled } from "@/components/Settled";
import { api, dataOf } from "@/lib/api/api";
import { settle } from "@/lib/api/settle";
import { formatDate } from "@/lib/format/formatEventTime";
import { publicOrigin } from "@/lib/publicOrigin";
import styles from "./dashboard.module.css";

/**
 * On the lot's page, for its owner: how often its consumer page was opened (per day for the last
 * 30 days; counts only, nothing about who), and the snippet that puts the lot's journey on a shop's
 * product page (an iframe of `/embed/01/{gtin}/10/{lot}`).
 */
export async function LotReach({
  orgId,
  lot,
}: {
  orgId: string;
  lot: { id: string; gtin: string; lotCode: string; productName: string };
}) {
  const [scans, origin] = await Promise.all([
    settle(
      dataOf(
        api.GET("/orgs/{orgId}/lots/{lotId}/scans", {
          params: { path: { orgId, lotId: lot.id }, query: { days: 30 } },
        }),
      ),
    ),
    publicOrigin(),
  ]);
  const embedUrl = `${origin}/embed${buildDigitalLink({ gtin: lot.gtin, lot: lot.lotCode })}`;
  const snippet = `<iframe src="${embedUrl}" title="${escapeAttribute(
    `Where ${lot.productName}, lot ${lot.lotCode}, comes from`,
  )}" loading="lazy" style="width:100%;max-width:32rem;height:28rem;border:0"></iframe>`;
  const days = scans.ok ? scans.value.days : [];
  const peak = Math.max(1, ...days.map((d) => d.views));
  const last30 = days.reduce((sum, d) => sum + d.views, 0);
  const today = days.at(-1)?.views ?? 0;
  return (
    <>
      <section className="card stack" aria-labelledby="scans-title">
        <h2 id="scans-title">Scans</h2>
        <p className="muted">
          Views of this lot’s consumer page, counted on our server per day: no addresses, browsers or cookies
          are recorded, and prefetches and known bots are left out.
        </p>
        <Settled result={scans}>
          {(views) => (
            <>
              <p data-testid="scan-counts">
                <strong data-testid="scan-total">{views.total.toLocaleString("en")}</strong> in all ·{" "}
                {last30.toLocaleString("en")} in the last 30 days · {today.toLocaleString("en")} today
              </p>
              <ol className={styles.scanBars} aria-label="Views per day, last 30 days">
                {days.map((d) => (
                  <li key={d.date} title={`${formatDate(d.date)}: ${d.views}`}>
                    <span style={{ blockSize: `${(d.views / peak) * 100}%` }} />
                    <span className="visually-hidden">
                      {formatDate(d.date)}: {d.views}
                    </span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </Settled>
      </section>
      <section className="card stack" aria-labelledby="embed-title">
        <h2 id="embed-title">Show its journey on your shop</h2>
        <p className="muted">
          Paste this into a product page: it shows the lot’s journey, in the shopper’s language, with a link
          to the full record where shoppers check it against the blockchain themselves.
        </p>
        <pre className={styles.snippet} data-testid="embed-snippet">
          <code>{snippet}</code>
        </pre>
        <div>
          <CopyButton value={snippet} label="Copy the snippet" />
        </div>
      </section>
    </>
  );
}

const escapeAttribute = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
