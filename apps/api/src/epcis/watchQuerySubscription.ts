import { randomUUID } from "node:crypto";
import type { Database } from "@tracemark/db";
import type { PageKey } from "../services/events/queryEpcisEvents.ts";
import { queryDocument } from "./binding.ts";
import type { ParsedEventQuery } from "./eventQueryParameters.ts";
import { newMatchingEvents } from "./newMatchingEvents.ts";
import { nextScheduledTime } from "./querySchedule.ts";
import type { SubscriptionControls } from "./subscriptionControls.ts";

/** What of a WebSocket the watcher uses (`ws`'s WebSocket). */
export type SubscriberSocket = {
  readonly readyState: number;
  send: (data: string) => void;
  close: (code?: number, reason?: string) => void;
  once: (event: "close", listener: () => void) => unknown;
};

export type WatchQuerySubscriptionParameters = {
  db: Database;
  socket: SubscriberSocket;
  organizationId: string;
  /** The API key that subscribed: the subscription ends when it is revoked. */
  apiKeyId: string;
  /** A named query's id (the subscription ends when it is deleted), or null for `GET /events`. */
  queryId: string | null;
  queryName: string;
  query: ParsedEventQuery;
  controls: SubscriptionControls;
  /** Events per message (one EPCISQueryDocument). Default 100. */
  perMessage?: number;
  /** How often a streaming subscription looks for new events. Default 1 s. */
  pollMs?: number;
};

const OPEN = 1;
/** The WebSocket close code for a subscription ended by the server's policy (a revoked key, a deleted query). */
const POLICY_VIOLATION = 1008;
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Serves one WebSocket query subscription until the socket closes: for a stream, every `pollMs` the
 * new events matching the query (its organisation's, recorded at or after `initialRecordTime` and
 * after the last one sent, in record order) as EPCISQueryDocuments; for a schedule, at each of its
 * times the events new since the last run (an empty document only with `reportIfEmpty`). Each
 * document carries the query's name and a `subscriptionID` of this connection. The subscription ends
 * (close 1008) once its API key is revoked or its named query deleted.
 *
 * @example
 * watchQuerySubscription({ db, socket, organizationId, apiKeyId, queryId, queryName, query, controls });
 */
export function watchQuerySubscription(parameters: WatchQuerySubscriptionParameters): {
  subscriptionID: string;
} {
  const { db, socket, controls } = parameters;
  const subscriptionID = randomUUID();
  const pollMs = parameters.pollMs ?? 1000;
  let after: PageKey | undefined;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  socket.once("close", () => {
    closed = true;
    clearTimeout(timer);
  });

  const stillAllowed = async (): Promise<string | null> => {
    const key = await db.prisma.apiKey.findUnique({
      where: { id: parameters.apiKeyId },
      select: { revokedAt: true },
    });
    if (!key || key.revokedAt) return "the API key was revoked";
    if (parameters.queryId) {
      const query = await db.prisma.epcisQuery.findUnique({
        where: { id: parameters.queryId },
        select: { id: true },
      });
      if (!query) return "the query was deleted";
    }
    return null;
  };

  /** Sends everything new; with `reportEmpty`, an empty document when nothing is. */
  const sendNew = async (reportEmpty: boolean) => {
    let sent = false;
    for (;;) {
      const next = await newMatchingEvents(db, {
        organizationId: parameters.organizationId,
        query: parameters.query,
        from: controls.initialRecordTime,
        after,
        limit: parameters.perMessage ?? 100,
      });
      if (closed || socket.readyState !== OPEN) return;
      if (next.eventList.length === 0 && (sent || !reportEmpty)) return;
      socket.send(JSON.stringify(queryDocument(parameters.queryName, next.eventList, subscriptionID)));
      sent = true;
      after = next.last ?? after;
      if (!next.more) return;
    }
  };

  const round = async () => {
    if (closed) return;
    try {
      const ended = await stillAllowed();
      if (ended) {
        socket.close(POLICY_VIOLATION, `Subscription ended: ${ended}.`);
        return;
      }
      await sendNew(controls.schedule !== null && controls.reportIfEmpty);
    } catch {
      socket.close(1011, "The subscription failed; subscribe again.");
      return;
    }
    schedule();
  };

  /** Runs the next round at `at` (in steps, as timers wait at most about 24 days). */
  const waitUntil = (at: Date) => {
    if (closed) return;
    const delay = at.getTime() - Date.now();
    timer = delay > MAX_TIMER_MS ? setTimeout(() => waitUntil(at), MAX_TIMER_MS) : setTimeout(round, delay);
  };
  const schedule = () => {
    const now = new Date();
    const at = controls.schedule
      ? nextScheduledTime(controls.schedule, now)
      : new Date(now.getTime() + pollMs);
    if (at) waitUntil(at);
  };

  if (controls.schedule) schedule();
  else void round();
  return { subscriptionID };
}
