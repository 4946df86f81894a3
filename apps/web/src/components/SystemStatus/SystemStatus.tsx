import { connection } from "next/server";
import { env } from "@/env";
import { getApiHealth } from "@/lib/api/getApiHealth";
import { getDeployment } from "@/lib/api/getDeployment";
import { describeSystemStatus } from "./describeSystemStatus";
import styles from "./SystemStatus.module.css";
import { ToneIcon } from "./ToneIcon";

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

/** The live status of the API, its database and the chain, asked of the API at request time. */
export async function SystemStatus() {
  await connection();
  const [result, deployment] = await Promise.all([
    getApiHealth({ apiUrl: env.API_URL }),
    getDeployment().catch(() => undefined),
  ]);
  if (result.kind !== "reported") {
    console.warn(`API health check at ${env.API_URL}/health failed: ${result.reason}`);
  }
  const view = describeSystemStatus({ result, expectedChainId: deployment?.chainId });
  const checkedAt = new Date();

  return (
    <div className={styles.panel} data-tone={view.tone}>
      <div className={styles.summary}>
        <ToneIcon tone={view.tone} className={styles.summaryIcon} />
        <div>
          <p className={styles.headline}>{view.headline}</p>
          <p className={styles.summaryText}>{view.summary}</p>
        </div>
      </div>
      <ul className={styles.rows}>
        {view.rows.map((row) => (
          <li key={row.name} className={styles.row} data-tone={row.tone}>
            <span className={styles.rowName}>{row.name}</span>
            <span className={styles.badge}>
              <ToneIcon tone={row.tone} className={styles.badgeIcon} />
              {row.state}
            </span>
            <span className={styles.rowDetail}>{row.detail}</span>
          </li>
        ))}
      </ul>
      <p className={styles.checkedAt}>
        Checked at <time dateTime={checkedAt.toISOString()}>{timeFormat.format(checkedAt)}</time>
      </p>
    </div>
  );
}

/** What the status panel shows while the API is being asked. */
export function SystemStatusPending() {
  return (
    <div className={styles.panel} data-tone="unknown" aria-busy="true">
      <div className={styles.summary}>
        <ToneIcon tone="unknown" className={styles.summaryIcon} />
        <div>
          <p className={styles.headline}>Checking…</p>
          <p className={styles.summaryText}>Asking the API about its database and the chain.</p>
        </div>
      </div>
    </div>
  );
}
