import { dateTimeSchema } from "@tracemark/sdk";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { epcisProblem, negotiateEpcis, requireEpcisClient } from "../../epcis/binding.ts";
import {
  nextScheduledTime,
  parseQuerySchedule,
  type QuerySchedule,
  QueryScheduleError,
} from "../../epcis/querySchedule.ts";
import { checkWebhookTarget, lookupHost, WebhookTargetError } from "../../webhooks/checkWebhookTarget.ts";
import { discoveryRoute } from "./discovery.ts";
import { findNamedQuery, namedQueryExists } from "./queries.ts";
import { epcisResponse } from "./responses.ts";

const nameParams = z.object({ queryName: z.string().min(1).max(250) });
const subscriptionParams = nameParams.extend({ subscriptionID: z.string().min(1).max(100) });
const subscribeBody = z.object({
  dest: z.unknown(),
  signatureToken: z.unknown().optional(),
  stream: z.unknown().optional(),
  schedule: z.unknown().optional(),
  reportIfEmpty: z.unknown().optional(),
  initialRecordTime: z.unknown().optional(),
});

type Subscription = {
  id: string;
  dest: string;
  initialRecordTime: Date;
  lastNotifiedAt: Date | null;
  createdAt: Date;
  schedule: unknown;
  reportIfEmpty: boolean;
};
const scheduleField = z.string().optional();
/** A subscription as `shown`. */
const subscription = z.object({
  subscriptionID: z.uuid(),
  queryName: z.string(),
  dest: z.string(),
  schedule: z
    .object({
      second: scheduleField,
      minute: scheduleField,
      hour: scheduleField,
      dayOfMonth: scheduleField,
      month: scheduleField,
      dayOfWeek: scheduleField,
    })
    .optional(),
  reportIfEmpty: z.boolean().optional(),
  stream: z.literal(true).optional(),
  initialRecordTime: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  lastNotifiedAt: z.iso.datetime().optional(),
});
/** A subscription as the binding shows it (never its signatureToken): `schedule` and `reportIfEmpty`, or `stream`. */
const shown = (subscription: Subscription, queryName: string) => ({
  subscriptionID: subscription.id,
  queryName,
  dest: subscription.dest,
  ...(subscription.schedule
    ? { schedule: subscription.schedule as QuerySchedule, reportIfEmpty: subscription.reportIfEmpty }
    : { stream: true as const }),
  initialRecordTime: subscription.initialRecordTime.toISOString(),
  createdAt: subscription.createdAt.toISOString(),
  ...(subscription.lastNotifiedAt ? { lastNotifiedAt: subscription.lastNotifiedAt.toISOString() } : {}),
});

/**
 * Query subscriptions of the EPCIS 2.0 REST binding, delivered by webhook
 * (`deliverQuerySubscriptionsOnce`): `POST /queries/{name}/subscriptions` with `dest` (https to a
 * public address, checked as webhook targets are), either `stream: true` (each new event) or a
 * `schedule` (the standard's cron-like fields, UTC) with `reportIfEmpty`, and optionally
 * `signatureToken` and `initialRecordTime`. Listed, shown and deleted under
 * `/queries/{name}/subscriptions[/{id}]`; deleting the query removes them.
 */
export function epcisSubscriptionRoutes({
  db,
  config,
  lookupHost: lookup = lookupHost,
}: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const queryOf = (organizationId: string, name: string) => findNamedQuery(db, organizationId, name);
    const refuse = (field: string, message: string) =>
      epcisProblem(400, "subscriptionControls", `body.${field}: ${message}`, [
        { field: `body.${field}`, message },
      ]);

    app.post(
      "/queries/:queryName/subscriptions",
      {
        bodyLimit: 16 * 1024,
        schema: {
          tags: ["epcis"],
          summary:
            "EPCIS 2.0: subscribe to a named query's new events by webhook (stream: true, or a schedule)",
          params: nameParams,
          body: subscribeBody,
          response: { 201: epcisResponse("Subscribed (`Location` is its URL)", subscription) },
        },
      },
      async (request, reply) => {
        const { organizationId } = requireEpcisClient(request, "operator");
        negotiateEpcis(request, reply);
        const query = await queryOf(organizationId, request.params.queryName);
        const { dest, signatureToken, stream, schedule, reportIfEmpty, initialRecordTime } = request.body;
        let parsedSchedule: QuerySchedule | null = null;
        if (schedule !== undefined) {
          if (stream !== undefined)
            throw refuse("stream", "give either stream: true or a schedule, not both");
          try {
            parsedSchedule = parseQuerySchedule(schedule);
          } catch (error) {
            if (error instanceof QueryScheduleError) throw refuse(error.field, error.message);
            throw error;
          }
        } else if (stream !== true) {
          throw refuse(
            "stream",
            "must be true, or give a schedule: a subscription either streams or runs on a schedule",
          );
        }
        if (reportIfEmpty !== undefined && typeof reportIfEmpty !== "boolean") {
          throw refuse("reportIfEmpty", "expected true or false");
        }
        if (reportIfEmpty === true && !parsedSchedule) {
          throw refuse(
            "reportIfEmpty",
            "applies to scheduled subscriptions; a stream reports each new event",
          );
        }
        if (typeof dest !== "string" || dest.length > 2000) throw refuse("dest", "expected a URL");
        try {
          await checkWebhookTarget({
            url: dest,
            allowLoopback: config.webhookAllowHttpLocalhost,
            lookup,
            requireAddress: false,
          });
        } catch (error) {
          if (error instanceof WebhookTargetError) throw refuse("dest", error.message);
          throw error;
        }
        if (
          signatureToken !== undefined &&
          (typeof signatureToken !== "string" || signatureToken.length < 1 || signatureToken.length > 500)
        ) {
          throw refuse("signatureToken", "expected a string of 1 to 500 characters");
        }
        let from = new Date();
        if (initialRecordTime !== undefined) {
          const parsed = dateTimeSchema.safeParse(initialRecordTime);
          if (!parsed.success)
            throw refuse("initialRecordTime", "expected an ISO 8601 date-time with a time zone");
          from = new Date(parsed.data);
        }
        const subscription = await db.prisma.epcisSubscription.create({
          data: {
            queryId: query.id,
            dest,
            signatureToken: signatureToken ?? null,
            initialRecordTime: from,
            ...(parsedSchedule
              ? {
                  schedule: parsedSchedule,
                  reportIfEmpty: reportIfEmpty === true,
                  nextRunAt: nextScheduledTime(parsedSchedule, new Date()),
                }
              : {}),
          },
        });
        reply.code(201).header("location", `/queries/${query.name}/subscriptions/${subscription.id}`);
        return shown(subscription, query.name);
      },
    );

    app.get(
      "/queries/:queryName/subscriptions",
      {
        schema: {
          tags: ["epcis"],
          summary: "EPCIS 2.0: a named query's subscriptions",
          params: nameParams,
          response: { 200: epcisResponse("Its subscriptions", z.array(subscription)) },
        },
      },
      async (request, reply) => {
        const { organizationId } = requireEpcisClient(request);
        negotiateEpcis(request, reply);
        const query = await queryOf(organizationId, request.params.queryName);
        const subscriptions = await db.prisma.epcisSubscription.findMany({
          where: { queryId: query.id },
          orderBy: { createdAt: "asc" },
        });
        return subscriptions.map((subscription) => shown(subscription, query.name));
      },
    );

    const subscriptionOf = async (organizationId: string, params: z.infer<typeof subscriptionParams>) => {
      const query = await queryOf(organizationId, params.queryName);
      const subscription = z.uuid().safeParse(params.subscriptionID).success
        ? await db.prisma.epcisSubscription.findFirst({
            where: { id: params.subscriptionID, queryId: query.id },
          })
        : null;
      if (!subscription)
        throw epcisProblem(404, "noSuchName", `No subscription ${params.subscriptionID} to ${query.name}.`);
      return { query, subscription };
    };

    discoveryRoute(app, "/queries/:queryName/subscriptions", {
      allow: "OPTIONS, GET, POST",
      summary: "a named query's subscriptions",
      params: nameParams,
      check: namedQueryExists(db),
    });
    discoveryRoute(app, "/queries/:queryName/subscriptions/:subscriptionID", {
      allow: "OPTIONS, DELETE, GET",
      summary: "one subscription (GS1-Query-Min-Record-Time: events recorded before it are not reported)",
      params: subscriptionParams,
      check: async (request, organizationId) => {
        const { subscription } = await subscriptionOf(
          organizationId,
          request.params as z.infer<typeof subscriptionParams>,
        );
        const minRecordTime = subscription.lastRecordTime ?? subscription.initialRecordTime;
        return { "GS1-Query-Min-Record-Time": minRecordTime.toISOString() };
      },
    });

    app.get(
      "/queries/:queryName/subscriptions/:subscriptionID",
      {
        schema: {
          tags: ["epcis"],
          summary: "EPCIS 2.0: one subscription",
          params: subscriptionParams,
          response: { 200: epcisResponse("The subscription", subscription) },
        },
      },
      async (request, reply) => {
        const { organizationId } = requireEpcisClient(request);
        negotiateEpcis(request, reply);
        const { query, subscription } = await subscriptionOf(organizationId, request.params);
        return shown(subscription, query.name);
      },
    );

    app.delete(
      "/queries/:queryName/subscriptions/:subscriptionID",
      {
        schema: {
          tags: ["epcis"],
          summary: "EPCIS 2.0: unsubscribe",
          params: subscriptionParams,
          response: { 204: z.null().describe("Unsubscribed") },
        },
      },
      async (request, reply) => {
        const { organizationId } = requireEpcisClient(request, "operator");
        const { subscription } = await subscriptionOf(organizationId, request.params);
        await db.prisma.epcisSubscription.delete({ where: { id: subscription.id } });
        return reply.code(204).send(null);
      },
    );
  };
}
