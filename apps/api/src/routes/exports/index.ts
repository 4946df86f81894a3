import { PassThrough, Readable } from "node:stream";
import { createEpcisDocument, dateTimeSchema } from "@tracemark/sdk";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { ProblemError } from "../../errors/problem.ts";
import { requireOrgRole } from "../../plugins/authenticate.ts";
import { type EventQuery, queryEvents } from "../../services/events/queryEvents.ts";
import { FSMA204_COLUMNS, type Fsma204Row, fsma204Rows } from "../../services/exports/fsma204Rows.ts";
import { receivedBy } from "../../services/lots/lotAccess.ts";
import { csvRecord } from "../../util/csvRecord.ts";
import { epcisDocument } from "../epcis/responses.ts";
import { eventQuerySchema } from "../query/index.ts";
import { CSV, fileResponse, orgParams, XLSX } from "../schemas.ts";

const MAX_EPCIS_EVENTS = 10_000;

/** FSMA 204 sortable spreadsheet (CSV, XLSX) and EPCIS 2.0 JSON-LD exports of the organisation's events. */
export function exportRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/orgs/:orgId/exports/fsma204",
      {
        schema: {
          tags: ["exports"],
          summary: "FSMA 204 sortable spreadsheet (Key Data Elements per Critical Tracking Event)",
          description:
            "One row per Critical Tracking Event per traceability lot, the Key Data Elements of 21 CFR 1.1325–1.1350 in columns (docs/fsma204.md). For one lot (`lotId`), one product (`productId`) or a date range of event times (`from`, `to`: from inclusive, to exclusive), or a product within a range. CSV (RFC 4180, header row) or XLSX, streamed.",
          params: orgParams,
          querystring: z.strictObject({
            lotId: z.uuid().optional(),
            productId: z.uuid().optional(),
            from: dateTimeSchema.optional(),
            to: dateTimeSchema.optional(),
            format: z.enum(["csv", "xlsx"]).default("csv"),
          }),
          response: { 200: fileResponse("The spreadsheet file, as `format` asks", [CSV, XLSX]) },
        },
      },
      async (request, reply) => {
        requireOrgRole(request, request.params.orgId, "viewer");
        const { lotId, productId, from, to, format } = request.query;
        if (!lotId && !productId && !(from && to)) {
          throw new ProblemError(400, "Invalid request", "Give a lotId, a productId, or both from and to.", {
            errors: [
              { field: "querystring.lotId", message: "give a lotId, a productId, or both from and to" },
            ],
          });
        }
        if ((from && !to) || (to && !from)) {
          throw new ProblemError(400, "Invalid request", "Give both from and to, or neither.", {
            errors: [
              { field: `querystring.${from ? "to" : "from"}`, message: "give both from and to, or neither" },
            ],
          });
        }
        if (from && to && Date.parse(from) >= Date.parse(to)) {
          throw new ProblemError(400, "Invalid request", "querystring.to: must be after from", {
            errors: [{ field: "querystring.to", message: "must be after from" }],
          });
        }
        const gtin = productId ? await productGtin(db, request.params.orgId, productId) : undefined;
        const rows = fsma204Rows(db, {
          organizationId: request.params.orgId,
          lotId,
          gtin,
          from: from ? new Date(from) : undefined,
          to: to ? new Date(to) : undefined,
        });
        const name = `fsma204-${[lotId ?? gtin, from && to ? `${from.slice(0, 10)}-${to.slice(0, 10)}` : undefined].filter(Boolean).join("-")}`;
        if (format === "csv") {
          reply.type("text/csv; charset=utf-8; header=present");
          reply.header("content-disposition", `attachment; filename="${name}.csv"`);
          // A stream is sent as it is (never serialised); the schema documents the file.
          return reply.send(Readable.from(csvLines(rows)) as unknown as string);
        }
        reply.type(XLSX);
        reply.header("content-disposition", `attachment; filename="${name}.xlsx"`);
        const file = await xlsxStream(rows, (error) =>
          request.log.error({ err: error }, "XLSX export failed"),
        );
        return reply.send(file as unknown as string);
      },
    );

    app.get(
      "/orgs/:orgId/exports/epcis",
      {
        schema: {
          tags: ["exports"],
          summary: "EPCIS 2.0 JSON-LD document of the selected events",
          description: `The events the EPCIS query parameters select (as GET /orgs/{orgId}/events), at most ${MAX_EPCIS_EVENTS}, in an EPCISDocument.`,
          params: orgParams,
          querystring: eventQuerySchema.omit({ limit: true, cursor: true }),
          response: {
            200: {
              description: "The EPCISDocument (an attachment)",
              content: { "application/ld+json": { schema: epcisDocument } },
            },
          },
        },
      },
      async (request, reply) => {
        requireOrgRole(request, request.params.orgId, "viewer");
        const { orderBy: _orderBy, orderDirection, ...query } = request.query;
        const events: Record<string, unknown>[] = [];
        let cursor: string | undefined;
        do {
          const page = await queryEvents(db, {
            organizationId: request.params.orgId,
            query: query as EventQuery,
            limit: 500,
            cursor,
            orderDirection,
          });
          events.push(...page.items.map((item) => item.event));
          cursor = page.nextCursor ?? undefined;
          if (events.length > MAX_EPCIS_EVENTS) {
            throw new ProblemError(
              422,
              "Too many events",
              `More than ${MAX_EPCIS_EVENTS} events match; narrow the query (e.g. GE_eventTime/LT_eventTime).`,
            );
          }
        } while (cursor);
        reply.type("application/ld+json");
        reply.header("content-disposition", 'attachment; filename="epcis.jsonld"');
        return createEpcisDocument({ events });
      },
    );
  };
}

/** The GTIN of a product the organisation registered or received a lot of; 404 otherwise. */
async function productGtin(db: AppContext["db"], organizationId: string, productId: string) {
  const product = await db.prisma.product.findFirst({
    where: { id: productId, OR: [{ organizationId }, { lots: { some: receivedBy(organizationId) } }] },
    select: { gtin: true },
  });
  if (!product) {
    throw new ProblemError(
      404,
      "Not Found",
      "No product of this organisation, or of a lot shipped to it, has this id.",
      {
        errors: [{ field: "querystring.productId", message: "no product of this organisation has this id" }],
      },
    );
  }
  return product.gtin;
}

async function* csvLines(rows: AsyncGenerator<Fsma204Row>): AsyncGenerator<string> {
  yield csvRecord(FSMA204_COLUMNS);
  for await (const row of rows) yield csvRecord(FSMA204_COLUMNS.map((column) => row[column]));
}

/** The XLSX file, streamed as rows come. exceljs is loaded on the first export, not at every API start (about a second of CPU). */
async function xlsxStream(
  rows: AsyncGenerator<Fsma204Row>,
  onError: (error: unknown) => void,
): Promise<PassThrough> {
  const { default: ExcelJS } = await import("exceljs");
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const sheet = workbook.addWorksheet("FSMA 204", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = FSMA204_COLUMNS.map((header) => ({ header, key: header, width: 24 }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: FSMA204_COLUMNS.length } };
  void (async () => {
    for await (const row of rows) sheet.addRow(row).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => {
    onError(error);
    stream.destroy(error as Error);
  });
  return stream;
}
