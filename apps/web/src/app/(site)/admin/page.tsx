import type { Metadata, Route } from "next";
import Link from "next/link";
import { RefreshWhile } from "@/components/admin/RefreshWhile";
import { requirePlatformAdmin } from "@/components/admin/requirePlatformAdmin";
import { StatusActions } from "@/components/admin/StatusActions";
import { DataTable } from "@/components/DataTable/DataTable";
import { PageIntro } from "@/components/dashboard/PageIntro";
import { ActionButton } from "@/components/forms/ActionButton";
import { ActionForm } from "@/components/forms/ActionForm";
import { Field } from "@/components/forms/Field";
import { FilterForm } from "@/components/forms/FilterForm";
import { SelectField } from "@/components/forms/SelectField";
import { accreditAuditorAction, withdrawAuditorAction } from "@/lib/actions/admin";
import { api, dataOf } from "@/lib/api/api";
import type { ApiQuery } from "@/lib/api/types";
import { formatDate } from "@/lib/format/formatEventTime";
import { searchChoice, searchParam } from "@/lib/searchParam";

export const metadata: Metadata = { title: "Admin console" };

type ChainState = "queued" | "unsent" | "sent" | "mined" | "reverted" | "dropped";

const STATUSES = [
  ["pending", "Waiting to be admitted"],
  ["active", "Active"],
  ["suspended", "Suspended"],
] as const satisfies readonly (readonly [
  NonNullable<ApiQuery<"/admin/organizations", "get">["status"]>,
  string,
])[];

const CHAIN_WORDS: Record<ChainState, string> = {
  queued: "Pending: waiting for the submitter",
  unsent: "Pending: signed, not yet accepted by the node",
  sent: "Pending: sent, waiting to be mined",
  mined: "Confirmed on chain",
  reverted: "Failed: the chain refused it",
  dropped: "Pending: sent again after its nonce was taken",
};
const pending = (state: ChainState | undefined) =>
  state !== undefined && !["mined", "reverted"].includes(state);

/** The platform administrator's console: organisations to admit, suspend and reinstate; auditors; the system's state. */
export default async function AdminConsole({ searchParams }: PageProps<"/admin">) {
  await requirePlatformAdmin();
  const query = await searchParams;
  const asked = searchChoice(
    query,
    "status",
    STATUSES.map(([value]) => value),
    "an organisation status",
  );
  const status = asked.value ?? "pending";
  const [orgs, auditors, candidates, system] = await Promise.all([
    dataOf(
      api.GET("/admin/organizations", {
        params: {
          query: { status, q: searchParam(query, "q"), cursor: searchParam(query, "cursor"), limit: 20 },
        },
      }),
    ),
    dataOf(
      api.GET("/admin/auditors", {
        params: { query: { cursor: searchParam(query, "auditors"), limit: 20 } },
      }),
    ),
    dataOf(api.GET("/admin/users", { params: { query: { q: searchParam(query, "user"), limit: 50 } } })),
    dataOf(api.GET("/admin/status")),
  ]);
  const link = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(
      Object.entries({
        status,
        q: searchParam(query, "q"),
        user: searchParam(query, "user"),
        ...change,
      }).filter((e): e is [string, string] => !!e[1]),
    );
    return `/admin?${next}` as Route;
  };
  const unaccredited = candidates.items.filter((c) => !c.auditor?.accredited);
  return (
    <>
      <RefreshWhile active={auditors.items.some((a) => pending(a.chain?.state))} />
      <PageIntro title="Admin console">
        Admit and suspend organisations, accredit auditors, and watch the pipeline.
      </PageIntro>

      <section className="card stack" aria-labelledby="status-title">
        <h2 id="status-title">System status</h2>
        {system.pipeline ? (
          <dl className="row" style={{ gap: "var(--space-6)" }}>
            <div>
              <dt>API</dt>
              <dd>
                <span className="badge" data-tone={system.ready ? "ok" : "warn"}>
                  {system.ready ? "Ready" : (system.reason ?? "Unavailable")}
                </span>
              </dd>
            </div>
            <div>
              <dt>Events waiting for the chain</dt>
              <dd>
                {system.pipeline.pendingEvents}
                {system.pipeline.pendingEvents > 0 &&
                  ` (oldest ${Math.round(system.pipeline.oldestPendingEventAgeSeconds)} s)`}
              </dd>
            </div>
            <div>
              <dt>Captures queued</dt>
              <dd>{system.pipeline.captureQueueDepth}</dd>
            </div>
            <div>
              <dt>Transactions in flight</dt>
              <dd>{system.pipeline.submitterNonceLag}</dd>
            </div>
            <div>
              <dt>Indexer lag</dt>
              <dd>
                {system.pipeline.indexed.length === 0
                  ? "not started"
                  : system.pipeline.indexed
                      .map((i) =>
                        i.lagBlocks === null ? `block ${i.blockNumber}` : `${i.lagBlocks} blocks behind`,
                      )
                      .join(", ")}
              </dd>
            </div>
            <div>
              <dt>Relayer balance</dt>
              <dd>
                {system.pipeline.relayerBalances.length === 0
                  ? "unknown (chain not answering or no relayer yet)"
                  : system.pipeline.relayerBalances.map((b) => `${b.ether.toFixed(4)} ETH`).join(", ")}
              </dd>
            </div>
            <div>
              <dt>Webhook deliveries waiting</dt>
              <dd>{system.pipeline.webhookBacklog}</dd>
            </div>
          </dl>
        ) : (
          <p className="notice">The API is not ready: {system.reason}.</p>
        )}
      </section>

      <section className="card stack" aria-labelledby="orgs-title">
        <h2 id="orgs-title">Organisations</h2>
        <nav className="row" aria-label="Organisations by status">
          {STATUSES.map(([value, label]) => (
            <Link
              key={value}
              href={link({ status: value, cursor: undefined })}
              aria-current={value === status ? "page" : undefined}
            >
              {label}
            </Link>
          ))}
        </nav>
        {asked.error && <p role="alert">{asked.error} Showing the organisations waiting to be admitted.</p>}
        <FilterForm aria-label="Find an organisation" action="/admin" submitLabel="Find">
          <input type="hidden" name="status" value={status} />
          <Field label="Name" name="q" defaultValue={searchParam(query, "q")} />
        </FilterForm>
        <DataTable
          columns={["Organisation", "GLN", "Members", "Created"]}
          actions
          items={orgs.items}
          empty={<>No {STATUSES.find(([v]) => v === status)?.[1].toLowerCase()} organisations.</>}
          row={(org) => (
            <tr key={org.id}>
              <td>
                <Link href={`/admin/organizations/${org.id}`}>{org.name}</Link>
              </td>
              <td className="mono">{org.gln ?? "—"}</td>
              <td>{org.memberCount}</td>
              <td>{formatDate(org.createdAt)}</td>
              <td>
                <StatusActions orgId={org.id} name={org.name} status={org.status} />
              </td>
            </tr>
          )}
        />
        <nav className="row" aria-label="Pages of organisations">
          {searchParam(query, "cursor") && <Link href={link({ cursor: undefined })}>Newest</Link>}
          {orgs.nextCursor && <Link href={link({ cursor: orgs.nextCursor })}>More organisations</Link>}
        </nav>
      </section>

      <section className="card stack" aria-labelledby="auditors-title">
        <h2 id="auditors-title">Auditors</h2>
        <p className="muted">
          Accreditation is written to the chain by the submitter; each row shows where its transaction is.
        </p>
        <DataTable
          columns={["Auditor", "Wallet", "Accreditation", "On chain"]}
          actions
          items={auditors.items}
          empty="No auditors yet."
          row={(auditor) => (
            <tr key={auditor.id}>
              <td>
                {auditor.displayName}
                <br />
                <small className="muted">{auditor.email}</small>
              </td>
              <td className="mono">{auditor.walletAddress}</td>
              <td>{auditor.accredited ? `Accredited ${formatDate(auditor.accreditedAt)}` : "Withdrawn"}</td>
              <td>
                {auditor.chain ? (
                  <span
                    className="badge"
                    data-tone={
                      auditor.chain.state === "mined"
                        ? "ok"
                        : auditor.chain.state === "reverted"
                          ? "danger"
                          : "warn"
                    }
                    data-state={auditor.chain.state}
                  >
                    {auditor.chain.kind === "deaccredit_auditor" ? "Withdrawal: " : "Accreditation: "}
                    {CHAIN_WORDS[auditor.chain.state]}
                  </span>
                ) : (
                  "—"
                )}
                {auditor.chain?.hash && (
                  <>
                    <br />
                    <small className="mono">{auditor.chain.hash}</small>
                  </>
                )}
                {auditor.chain?.error && (
                  <>
                    <br />
                    <small>{auditor.chain.error}</small>
                  </>
                )}
              </td>
              <td>
                {auditor.accredited && (
                  <ActionButton
                    action={withdrawAuditorAction.bind(null, auditor.id)}
                    label="Withdraw"
                    pendingLabel="Withdrawing…"
                    aria-label={`Withdraw ${auditor.displayName}`}
                  />
                )}
              </td>
            </tr>
          )}
        />
        {auditors.nextCursor && <Link href={link({ auditors: auditors.nextCursor })}>More auditors</Link>}
        <h3>Accredit an auditor</h3>
        <FilterForm aria-label="Find a user" action="/admin" submitLabel="Find">
          <input type="hidden" name="status" value={status} />
          <Field
            label="Find a user by email, name or wallet"
            name="user"
            defaultValue={searchParam(query, "user")}
          />
        </FilterForm>
        {unaccredited.length === 0 ? (
          <p className="empty">
            No user with a linked wallet{searchParam(query, "user") ? " matches" : " to accredit"}. An auditor
            signs in and links a wallet first (Your account).
          </p>
        ) : (
          <ActionForm action={accreditAuditorAction} submitLabel="Accredit" aria-label="Accredit an auditor">
            <SelectField
              label="User"
              name="userId"
              required
              options={unaccredited.map(
                (c) => [c.id, `${c.email ?? c.name ?? c.walletAddress} (${c.walletAddress})`] as const,
              )}
            />
            <Field label="Name shown on attestations" name="displayName" required maxLength={200} />
          </ActionForm>
        )}
      </section>
    </>
  );
}
