import type { Database } from "@tracemark/db";
import type { z } from "zod";
import { requireUser } from "../plugins/authenticate.ts";
import { requireAuditor } from "../services/attestations/auditors.ts";
import {
  type Answer,
  type GuardedRequest,
  guardedRoute,
  type RouteSchemaParameters,
  type ZodApp,
} from "./guardedRoute.ts";

type Auditor = Awaited<ReturnType<typeof requireAuditor>>;

export type AuditorRouteParameters<
  Response extends z.ZodType,
  Params extends z.ZodObject,
  Query extends z.ZodType,
  Body extends z.ZodType,
> = RouteSchemaParameters<Response, Params, Query, Body> & {
  url: `/${string}`;
  /** Whether only an accredited auditor may call it (else any auditor, accredited or no longer). */
  accredited: boolean;
  /** What the route does, as one call into a service, given the calling auditor. */
  handle: (
    request: Omit<GuardedRequest<Auditor, Params, Query, Body>, "caller"> & { auditor: Auditor },
  ) => Answer<Response>;
};

/**
 * An auditor's route: its schema, the guard (a signed-in user who is an auditor, accredited where
 * `accredited` says so) and one call into a service, whose result is the answer with `status`.
 *
 * @example
 * auditorRoute(app, db, { method: "GET", url: "/auditor/requests", tags: ["auditor"], summary: "…",
 *   response: z.array(auditRequest), accredited: true,
 *   handle: ({ auditor }) => listAuditorRequests(db, auditor.id) });
 */
export function auditorRoute<
  Response extends z.ZodType,
  Params extends z.ZodObject = z.ZodObject,
  Query extends z.ZodType = z.ZodObject,
  Body extends z.ZodType = z.ZodNever,
>(app: ZodApp, db: Database, route: AuditorRouteParameters<Response, Params, Query, Body>): void {
  const { accredited, handle, ...declared } = route;
  guardedRoute(app, {
    ...declared,
    guard: (request) => requireAuditor(db, requireUser(request).userId, { accredited }),
    handle: ({ caller, ...parts }) => handle({ ...parts, auditor: caller }),
  });
}
