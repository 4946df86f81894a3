import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import websocket from "@fastify/websocket";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { OpenAPIV3_1 } from "openapi-types";
import { auditedDatabase } from "./audit/auditedDatabase.ts";
import { registerAuditActor } from "./audit/registerAuditActor.ts";
import type { AppContext } from "./context.ts";
import { registerEpcisBinding } from "./epcis/registerEpcisBinding.ts";
import { describeOperations } from "./openapi/describeOperations.ts";
import { registerAuthentication } from "./plugins/authenticate.ts";
import { requireCallerBeforeBody } from "./plugins/callerBeforeBody.ts";
import { MAX_JSON_DEPTH, registerJsonBody } from "./plugins/jsonBody.ts";
import { registerMetrics } from "./plugins/metrics.ts";
import {
  clientErrorProblem,
  frameworkErrorProblem,
  registerProblemDetails,
} from "./plugins/problemDetails.ts";
import { registerRateLimit } from "./plugins/rateLimit.ts";
import { registerReady } from "./plugins/ready.ts";
import { refuseCrossOriginWrites } from "./plugins/refuseCrossOriginWrites.ts";
import { refuseUnstorableStrings } from "./plugins/refuseUnstorableStrings.ts";
import { registerRequestId, requestIdOf } from "./plugins/requestId.ts";
import { adminRoutes } from "./routes/admin/index.ts";
import { attestationRoutes } from "./routes/attestations/index.ts";
import { auditRoutes } from "./routes/audits/index.ts";
import { auditTrailRoutes } from "./routes/auditTrail/index.ts";
import { authRoutes } from "./routes/auth/index.ts";
import { captureRoutes } from "./routes/capture/index.ts";
import { contextRoutes } from "./routes/contexts/index.ts";
import { deploymentRoutes } from "./routes/deployment/index.ts";
import { disclosureRoutes } from "./routes/disclosure/index.ts";
import { documentRoutes } from "./routes/documents/index.ts";
import { epcisQueryRoutes } from "./routes/epcis/index.ts";
import { epcisNamedQueryRoutes } from "./routes/epcis/queries.ts";
import { epcisSubscriptionRoutes } from "./routes/epcis/subscriptions.ts";
import { eventRoutes } from "./routes/events/index.ts";
import { exportRoutes } from "./routes/exports/index.ts";
import { healthRoutes } from "./routes/health/index.ts";
import { impactRoutes } from "./routes/impact/index.ts";
import { importRoutes } from "./routes/imports/index.ts";
import { locationRoutes } from "./routes/locations/index.ts";
import { lotRoutes } from "./routes/lots/index.ts";
import { lotScanRoutes } from "./routes/lots/scans.ts";
import { organizationRoutes } from "./routes/orgs/index.ts";
import { productRoutes } from "./routes/products/index.ts";
import { proofPointRoutes } from "./routes/proofPoints/index.ts";
import { publicRoutes } from "./routes/public/index.ts";
import { queryRoutes } from "./routes/query/index.ts";
import { recallRoutes } from "./routes/recalls/index.ts";
import { searchRoutes } from "./routes/search/index.ts";
import { serialRoutes } from "./routes/serials/index.ts";
import { traceRoutes } from "./routes/traces/index.ts";
import { transferRoutes } from "./routes/transfers/index.ts";
import { webhookRoutes } from "./routes/webhooks/index.ts";

/** Fastify's `trustProxy`; a hop count as the function Fastify makes of one (its types omit numbers). */
function trustProxyOf(setting: boolean | number | string[]) {
  return typeof setting === "number" ? (_address: string, hop: number) => hop < setting : setting;
}

/**
 * Builds the API (routes, validation, errors, OpenAPI docs) without listening, so tests can call
 * it with `app.inject`.
 *
 * @example
 * const app = await buildApp(context);
 * const response = await app.inject({ method: "GET", url: "/health" });
 */
export async function buildApp(given: AppContext): Promise<FastifyInstance> {
  const context: AppContext = { ...given, db: auditedDatabase(given.db) };
  const app = Fastify({
    logger: { level: context.config.logLevel },
    genReqId: requestIdOf,
    // EPCIS 2.0 resource ids in the path (an event hash, a Digital Link) run to about 100 characters once percent-encoded.
    routerOptions: { maxParamLength: 250 },
    requestIdHeader: false,
    trustProxy: trustProxyOf(context.config.trustProxy),
    frameworkErrors: frameworkErrorProblem,
    clientErrorHandler: clientErrorProblem,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerRequestId(app);
  registerProblemDetails(app);
  refuseCrossOriginWrites(app, context);
  registerJsonBody(app);
  refuseUnstorableStrings(app);
  await registerRateLimit(app, context);
  await registerMetrics(app, context);

  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Tracemark API",
        version: "0.1.0",
        description:
          "Supply-chain traceability on an EVM chain. Errors are RFC 9457 problem+json. JSON bodies " +
          `(application/json, application/ld+json) nest arrays and objects at most ${MAX_JSON_DEPTH} levels deep (400).`,
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (documents) =>
      "openapiObject" in documents
        ? describeOperations(documents.openapiObject as Partial<OpenAPIV3_1.Document>)
        : documents.swaggerObject,
  });
  await app.register(swaggerUi, { routePrefix: "/docs" });

  await registerAuthentication(app, context);
  registerAuditActor(app, context);
  requireCallerBeforeBody(app);
  registerEpcisBinding(app);
  // EPCIS query subscriptions by WebSocket; subscribers send nothing that is read.
  await app.register(websocket, { options: { maxPayload: 1024 } });
  await app.register(healthRoutes(context));
  await app.register(deploymentRoutes(context));
  await app.register(contextRoutes());
  await registerReady(app, context);
  await app.register(authRoutes(context));
  await app.register(organizationRoutes(context));
  await app.register(adminRoutes(context));
  await app.register(eventRoutes(context));
  await app.register(captureRoutes(context));
  await app.register(documentRoutes(context));
  await app.register(transferRoutes(context));
  await app.register(recallRoutes(context));
  await app.register(webhookRoutes(context));
  await app.register(productRoutes(context));
  await app.register(lotRoutes(context));
  await app.register(lotScanRoutes(context));
  await app.register(serialRoutes(context));
  await app.register(locationRoutes(context));
  await app.register(importRoutes(context));
  await app.register(auditRoutes(context));
  await app.register(auditTrailRoutes(context));
  await app.register(attestationRoutes(context));
  await app.register(proofPointRoutes(context));
  await app.register(queryRoutes(context));
  await app.register(epcisQueryRoutes(context));
  await app.register(epcisNamedQueryRoutes(context));
  await app.register(epcisSubscriptionRoutes(context));
  await app.register(traceRoutes(context));
  await app.register(impactRoutes(context));
  await app.register(searchRoutes(context));
  await app.register(publicRoutes(context));
  await app.register(exportRoutes(context));
  await app.register(disclosureRoutes(context));
  return app;
}
