import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { ProblemError } from "../../errors/problem.ts";
import { failStrandedImport } from "../../import/failStrandedImport.ts";
import { ImportSlots } from "../../import/importSlots.ts";
import { importTemplate } from "../../import/importTemplate.ts";
import { startImport } from "../../import/startImport.ts";
import { IMPORT_FORMATS, IMPORT_KINDS } from "../../import/types.ts";
import { requireOrgRole } from "../../plugins/authenticate.ts";
import { orgRoute } from "../orgRoute.ts";
import { CSV, fileBody, fileResponse, orgParams, XLSX } from "../schemas.ts";

/** The most rows (or events) one file imports. */
export const IMPORT_MAX_ROWS = 50_000;

const importJob = z.object({
  id: z.uuid(),
  kind: z.enum(IMPORT_KINDS),
  format: z.enum(IMPORT_FORMATS),
  fileName: z.string().nullable(),
  createMissing: z.boolean(),
  /** checking, then writing (only when no row has a problem), then succeeded or failed. */
  phase: z.enum(["checking", "writing", "succeeded", "failed"]),
  rowCount: z.number().int(),
  checkedRows: z.number().int(),
  writtenRows: z.number().int(),
  /** Every problem of the file when it failed: row (the header is row 1), column, value, what is wrong, how to fix it. */
  problems: z.array(
    z.object({
      row: z.number().int(),
      column: z.string(),
      value: z.string().optional(),
      problem: z.string(),
      fix: z.string(),
    }),
  ),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
});
type ImportRow = Omit<z.infer<typeof importJob>, "problems" | "format"> & {
  problems: unknown;
  format: string;
};
const toJob = ({
  organizationId: _organizationId,
  updatedAt: _updatedAt,
  ...row
}: ImportRow & { organizationId: string; updatedAt: Date }): z.infer<typeof importJob> => ({
  ...row,
  format: row.format as z.infer<typeof importJob>["format"],
  problems: (row.problems ?? []) as z.infer<typeof importJob>["problems"],
});

const contentTypes = {
  csv: "text/csv; charset=utf-8",
  xlsx: XLSX,
};

/**
 * Imports of products, locations, lots and events from a file: `POST /orgs/:orgId/imports` takes the
 * file as the raw body and answers 202 with the job to follow (`GET …/imports/:importId`); a
 * template per kind and format to start from.
 */
export function importRoutes({ db, config }: AppContext): FastifyPluginAsyncZod {
  const slots = new ImportSlots(config.imports);
  return async (app) => {
    // In this plugin only: the body is the file, as bytes, whatever its content type.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(
      "*",
      { parseAs: "buffer", bodyLimit: config.capture.maxBytes },
      (_r, body, done) => done(null, body),
    );

    app.post(
      "/orgs/:orgId/imports",
      {
        bodyLimit: config.capture.maxBytes,
        schema: {
          tags: ["imports"],
          summary: "Import products, locations, lots or events from a CSV, XLSX or EPCIS 2.0 JSON file",
          description:
            "The body is the file. Every row is checked before anything is written; when any row has a problem, " +
            "nothing is written and the job lists every problem (row, column, value, problem, fix). Unknown products " +
            "(of lots and events, named by `productName`) and lots (of events) are refused unless `createMissing` is true. Events are stored through " +
            `capture's rules: an event joins only a lot this organisation owns or received. At most ${IMPORT_MAX_ROWS} rows. ` +
            "202 with the job; follow it at its `Location` (checkedRows, writtenRows, phase).",
          params: orgParams,
          querystring: z.object({
            kind: z.enum(IMPORT_KINDS),
            format: z.enum(IMPORT_FORMATS),
            createMissing: z.enum(["true", "false"]).default("false"),
            fileName: z.string().max(255).optional(),
          }),
          consumes: [CSV, XLSX, "application/json"],
          body: fileBody,
          response: { 202: importJob },
        },
      },
      async (request, reply) => {
        const { orgId } = request.params;
        requireOrgRole(request, orgId, "operator");
        const { kind, format, createMissing, fileName } = request.query;
        if (format === "epcis" && kind !== "events") {
          throw new ProblemError(
            422,
            "Invalid request",
            "An EPCIS document imports events: use kind=events.",
            {
              errors: [{ field: "querystring.format", message: "epcis is a format of events only" }],
            },
          );
        }
        const content = request.body;
        if (!Buffer.isBuffer(content) || content.length === 0) {
          throw new ProblemError(422, "Invalid request", "The file is empty.", {
            errors: [{ field: "body", message: "the file is empty" }],
          });
        }
        const release = slots.take(orgId);
        if (!release) {
          throw new ProblemError(
            429,
            "Too Many Requests",
            `Too many imports are running: at most ${config.imports.runningPerOrganization} per organisation and ${config.imports.running} on this server at once. Send the file again when one has finished.`,
            { headers: { "retry-after": "10" } },
          );
        }
        const started = startImport(db, {
          organizationId: orgId,
          kind,
          format,
          content,
          fileName,
          createMissing: createMissing === "true",
          maxRows: IMPORT_MAX_ROWS,
          onFault: (error) => request.log.error({ err: error }, "import failed on a fault"),
        });
        started
          .then(
            ({ done }) => done,
            () => {},
          )
          .finally(release);
        const { job } = await started;
        return reply.code(202).header("location", `/orgs/${orgId}/imports/${job.id}`).send(toJob(job));
      },
    );

    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/imports/:importId",
      tags: ["imports"],
      summary: "An import job: its phase, rows checked and written, and every problem when it failed",
      params: orgParams.extend({ importId: z.uuid() }),
      response: importJob,
      role: "viewer",
      handle: async ({ params: { orgId, importId } }) => {
        await failStrandedImport(db, { organizationId: orgId, importId });
        const job = await db.prisma.import.findFirst({ where: { id: importId, organizationId: orgId } });
        if (!job) throw new ProblemError(404, "Not Found", "No import of this organisation has this id.");
        return toJob(job);
      },
    });

    app.get(
      "/orgs/:orgId/imports/templates/:kind",
      {
        schema: {
          tags: ["imports"],
          summary: "A template to import a kind: the header row and an example row that imports cleanly",
          description:
            "The example names this organisation's own products, lots and locations where it needs them; when " +
            "there are none yet, it names a new one and the `Import-Create-Missing: true` header says the import " +
            "must ask to create it.",
          params: orgParams.extend({ kind: z.enum(IMPORT_KINDS) }),
          querystring: z.object({ format: z.enum(["csv", "xlsx"]).default("csv") }),
          response: { 200: fileResponse("The template, as `format` asks", [CSV, XLSX]) },
        },
      },
      async (request, reply) => {
        const { orgId, kind } = request.params;
        requireOrgRole(request, orgId, "viewer");
        const { format } = request.query;
        const { content, createMissing } = await importTemplate(db, { organizationId: orgId, kind, format });
        return reply
          .header("content-type", contentTypes[format])
          .header("content-disposition", `attachment; filename="tracemark-${kind}.${format}"`)
          .header("import-create-missing", String(createMissing))
          .header("cache-control", "no-store")
          .send(content);
      },
    );
  };
}
