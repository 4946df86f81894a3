import { Readable } from "node:stream";
import { dateTimeSchema } from "@tracemark/sdk";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AUDIT_ACTIONS,
  AUDIT_CSV_COLUMNS,
  AUDITED_ENTITIES,
  type AuditFilter,
  allAuditRecords,
  auditCsvRows,
  listAuditRecords,
} from "../../audit/listAuditRecords.ts";
import type { AppContext } from "../../context.ts";
import { requireOrgRole, requirePlatformAdmin } from "../../plugins/authenticate.ts";
import { csvRecord } from "../../util/csvRecord.ts";
import { orgRoute } from "../orgRoute.ts";
import { CSV, fileResponse, orgParams, pageQuery, sequenceCursor } from "../schemas.ts";

const filter = z.object({
  entity: z.enum(AUDITED_ENTITIES).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  actorId: z.uuid().optional(),
  from: dateTimeSchema.optional(),
  to: dateTimeSchema.optional(),
});
const pageOf = filter.extend({ limit: pageQuery.shape.limit, cursor: sequenceCursor.optional() });
const entry = z.object({
  id: z.string(),
  at: z.date(),
  organizationId: z.uuid().nullable(),
  organizationName: z.string().nullable(),
  actor: z.object({ kind: z.enum(["user", "apiKey", "system"]), id: z.uuid().nullable(), name: z.string() }),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
});
const auditPage = z.object({ items: z.array(entry), nextCursor: z.string().nullable() });

const filterOf = (query: z.infer<typeof filter>): AuditFilter => ({
  ...query,
  from: query.from ? new Date(query.from) : undefined,
  to: query.to ? new Date(query.to) : undefined,
});

async function* csvLines(records: ReturnType<typeof allAuditRecords>): AsyncGenerator<string> {
  yield csvRecord(AUDIT_CSV_COLUMNS);
  for await (const record of records) for (const row of auditCsvRows(record)) yield csvRecord(row);
}

function sendCsv(reply: FastifyReply, name: string, records: ReturnType<typeof allAuditRecords>) {
  reply.type("text/csv; charset=utf-8; header=present");
  reply.header("content-disposition", `attachment; filename="${name}.csv"`);
  return reply.send(Readable.from(csvLines(records)));
}

/** The audit trail: an organisation's to its owners, the whole platform's to platform administrators. */
export function auditTrailRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/audit-trail",
      tags: ["audit trail"],
      summary:
        "The organisation's audit trail (owners): every write to its master data, members, invitations, API keys, webhooks and settings, newest first",
      querystring: pageOf,
      response: auditPage,
      role: "owner",
      handle: ({ params, query: { limit, cursor, ...rest } }) =>
        listAuditRecords(db, { ...filterOf(rest), organizationId: params.orgId, limit, cursor }),
    });

    app.get(
      "/orgs/:orgId/audit-trail.csv",
      {
        schema: {
          tags: ["audit trail"],
          summary: "The organisation's audit trail as CSV (owners), one row per changed field",
          params: orgParams,
          querystring: filter,
          response: { 200: fileResponse("The audit trail, one row per changed field", [CSV]) },
        },
      },
      async (request, reply) => {
        requireOrgRole(request, request.params.orgId, "owner");
        const records = allAuditRecords(db, {
          ...filterOf(request.query),
          organizationId: request.params.orgId,
        });
        return sendCsv(reply, "audit-trail", records);
      },
    );

    app.get(
      "/admin/audit-trail",
      {
        schema: {
          tags: ["platform"],
          summary: "The whole platform's audit trail, newest first (platform administrators)",
          querystring: pageOf.extend({ organizationId: z.uuid().optional() }),
          response: { 200: auditPage },
        },
      },
      async (request) => {
        requirePlatformAdmin(request);
        const { limit, cursor, organizationId, ...rest } = request.query;
        return listAuditRecords(db, { ...filterOf(rest), organizationId, limit, cursor });
      },
    );

    app.get(
      "/admin/audit-trail.csv",
      {
        schema: {
          tags: ["platform"],
          summary: "The whole platform's audit trail as CSV (platform administrators)",
          querystring: filter.extend({ organizationId: z.uuid().optional() }),
          response: { 200: fileResponse("The audit trail, one row per changed field", [CSV]) },
        },
      },
      async (request, reply) => {
        requirePlatformAdmin(request);
        const { organizationId, ...rest } = request.query;
        return sendCsv(reply, "audit-trail", allAuditRecords(db, { ...filterOf(rest), organizationId }));
      },
    );
  };
}
