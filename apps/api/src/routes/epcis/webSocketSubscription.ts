import type { Database } from "@tracemark/db";
import type { FastifyRequest } from "fastify";
import {
  type SubscriberSocket,
  type WatchQuerySubscriptionParameters,
  watchQuerySubscription,
} from "../../epcis/watchQuerySubscription.ts";

/** What a WebSocket subscription request asks for, checked before the connection is upgraded. */
export type WebSocketSubscriptionPlan = Omit<
  WatchQuerySubscriptionParameters,
  "db" | "socket" | "perMessage" | "pollMs"
>;

/**
 * The route options that make a GET endpoint of the binding also a WebSocket subscription
 * (`Upgrade: websocket` with `stream=true` or schedule parameters): `preHandler` checks the caller
 * and the request with `plan` (any problem is an HTTP problem+json answer, before the upgrade), and
 * `wsHandler` serves the subscription (`watchQuerySubscription`).
 *
 * @example
 * app.get("/events", { ...webSocketSubscription(db, planOf), schema }, handler);
 */
export function webSocketSubscription(
  db: Database,
  plan: (request: FastifyRequest) => Promise<WebSocketSubscriptionPlan>,
) {
  const plans = new WeakMap<FastifyRequest, WebSocketSubscriptionPlan>();
  return {
    preHandler: async (request: FastifyRequest) => {
      if (request.ws) plans.set(request, await plan(request));
    },
    wsHandler: (socket: SubscriberSocket, request: FastifyRequest) => {
      const planned = plans.get(request);
      if (!planned) {
        socket.close(1011, "No subscription was planned for this request.");
        return;
      }
      watchQuerySubscription({ db, socket, ...planned });
    },
  };
}
