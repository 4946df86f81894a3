import type { Database } from "@tracemark/db";
import type { PublicClient } from "viem";
import { NotFoundError } from "../../errors/domain.ts";
import { paginate } from "../../util/paginate.ts";
import { organizationSummary } from "../orgs/organizations.ts";
import { readPipelineFigures } from "./readPipelineFigures.ts";

/**
 * One page of organisations for the admin console, newest first, by status and name.
 *
 * @example
 * await listOrganizationsForAdmin(db, { status: "pending", limit: 20 });
 */
export function listOrganizationsForAdmin(
  db: Database,
  query: {
    status?: "pending" | "active" | "suspended" | undefined;
    q?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  },
) {
  return paginate(query, (page) =>
    db.prisma.organization.findMany({
      where: {
        ...(query.status ? { status: query.status } : {}),
        ...(query.q ? { name: { contains: query.q, mode: "insensitive" as const } } : {}),
      },
      select: { ...organizationSummary, _count: { select: { memberships: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...page,
    }),
  ).then(({ items, nextCursor }) => ({
    items: items.map(({ _count, ...org }) => ({ ...org, memberCount: _count.memberships })),
    nextCursor,
  }));
}

/**
 * An organisation with its members, for the admin console.
 *
 * @example
 * const { members } = await getOrganizationForAdmin(db, organizationId);
 */
export async function getOrganizationForAdmin(db: Database, organizationId: string) {
  const org = await db.prisma.organization.findUnique({
    where: { id: organizationId },
    select: {
      ...organizationSummary,
      updatedAt: true,
      defaultVisibility: true,
      memberships: {
        select: {
          role: true,
          createdAt: true,
          user: { select: { id: true, email: true, name: true, walletAddress: true } },
        },
        orderBy: { createdAt: "asc" },
      },
      _count: { select: { products: true, lots: true, locations: true, events: true, apiKeys: true } },
    },
  });
  if (!org) throw new NotFoundError("No such organisation.");
  const { memberships, _count, ...rest } = org;
  return {
    ...rest,
    counts: _count,
    members: memberships.map((m) => ({ ...m.user, role: m.role, joinedAt: m.createdAt })),
  };
}

/**
 * Users an administrator may accredit as auditors (those with a linked wallet), by email, name or wallet.
 *
 * @example
 * await listUsersForAdmin(db, { q: "bureau", limit: 20 });
 */
export function listUsersForAdmin(
  db: Database,
  query: { q?: string | undefined; limit: number; cursor?: string | undefined },
) {
  const q = query.q;
  return paginate(query, (page) =>
    db.prisma.user.findMany({
      where: {
        walletAddress: { not: null },
        ...(q
          ? {
              OR: [
                { email: { contains: q, mode: "insensitive" as const } },
                { name: { contains: q, mode: "insensitive" as const } },
                { walletAddress: { contains: q.toLowerCase() } },
              ],
            }
          : {}),
      },
      select: {
        id: true,
        email: true,
        name: true,
        walletAddress: true,
        auditor: { select: { id: true, accredited: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...page,
    }),
  );
}

const AUDITOR_WORK = ["accredit_auditor", "deaccredit_auditor"];

/**
 * One page of auditors, each with the state of its latest accreditation or withdrawal on chain: `queued`
 * while the submitter has not sent it, then the chain transaction's status (sent, mined, reverted, …) and hash.
 *
 * @example
 * const { items } = await listAuditorsForAdmin(db, { limit: 20 });
 * items[0].chain // { kind: "accredit_auditor", state: "mined", hash: "0x…", error: null }
 */
export async function listAuditorsForAdmin(
  db: Database,
  query: { limit: number; cursor?: string | undefined },
) {
  const page = await paginate(query, (p) =>
    db.prisma.auditor.findMany({
      orderBy: [{ accreditedAt: "desc" }, { id: "desc" }],
      include: { user: { select: { email: true } } },
      ...p,
    }),
  );
  const outbox = await db.prisma.outboxItem.findMany({
    where: { kind: { in: AUDITOR_WORK }, refId: { in: page.items.map((a) => a.id) } },
    orderBy: { id: "desc" },
  });
  const latest = new Map<string, (typeof outbox)[number]>();
  for (const item of outbox) if (!latest.has(item.refId)) latest.set(item.refId, item);
  const transactions = await db.prisma.chainTransaction.findMany({
    where: { kind: { in: AUDITOR_WORK }, refId: { in: [...latest.values()].map((item) => String(item.id)) } },
    orderBy: { createdAt: "desc" },
  });
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(({ user, ...auditor }) => {
      const work = latest.get(auditor.id);
      const tx = work ? transactions.find((t) => t.refId === String(work.id)) : undefined;
      return {
        ...auditor,
        email: user.email,
        chain: work
          ? {
              kind: work.kind,
              state: tx?.status ?? ("queued" as const),
              hash: tx?.minedHash ?? tx?.hashes.at(-1) ?? null,
              error: tx?.lastError ?? work.lastError ?? null,
            }
          : null,
      };
    }),
  };
}

/**
 * The system's state for the admin console: whether the database answers (as `/ready`), and the pipeline's
 * figures `/metrics` shows (pending events, indexer lag, relayer balances).
 *
 * @example
 * const status = await readSystemStatus({ db, chain, timeoutMs: 2_000 });
 */
export async function readSystemStatus(parameters: { db: Database; chain: PublicClient; timeoutMs: number }) {
  let figures: Awaited<ReturnType<typeof readPipelineFigures>>;
  try {
    figures = await readPipelineFigures(parameters);
  } catch {
    return { ready: false, reason: "the database does not answer", pipeline: null };
  }
  const indexed = figures.indexedBlocks.map(({ chainId, blockNumber }) => ({
    chainId,
    blockNumber: String(blockNumber),
    lagBlocks: figures.headBlock === undefined ? null : Number(figures.headBlock - blockNumber),
  }));
  return {
    ready: true,
    reason: null,
    pipeline: {
      captureQueueDepth: figures.captureQueueDepth,
      pendingEvents: figures.pendingEvents,
      oldestPendingEventAgeSeconds: figures.oldestPendingEventAgeSeconds,
      submitterNonceLag: figures.submitterNonceLag,
      webhookBacklog: figures.webhookBacklog,
      headBlock: figures.headBlock === undefined ? null : String(figures.headBlock),
      indexed,
      relayerBalances: figures.relayerBalances,
    },
  };
}
