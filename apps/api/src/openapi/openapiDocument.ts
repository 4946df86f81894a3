import type { Database } from "@tracemark/db";
import type { OpenAPIV3_1 } from "openapi-types";
import { createPublicClient, http } from "viem";
import { buildApp } from "../app.ts";
import { readConfig } from "../env.ts";

/** Something that refuses every use: building the document reads the routes, never the data. */
const refusing = <T extends object>(name: string, target = {} as T): T =>
  new Proxy(target, {
    get(given, property) {
      if (Object.hasOwn(given, property)) return Reflect.get(given, property);
      throw new Error(
        `the OpenAPI document is built without a database (it read ${name}.${String(property)})`,
      );
    },
  });
const noDatabase = refusing<Database>("db", { prisma: refusing("db.prisma") } as Database);

/**
 * The API's OpenAPI document, as `GET /docs/json` serves it, built in-process from the routes
 * without a database or a chain (for generating the web's client types).
 *
 * @example
 * const document = await openapiDocument();
 * document.paths?.["/orgs/{orgId}/products"];
 */
export async function openapiDocument(): Promise<OpenAPIV3_1.Document> {
  const config = readConfig({ LOG_LEVEL: "silent" });
  const chain = createPublicClient({ transport: http("http://127.0.0.1:9", { retryCount: 0 }) });
  const app = await buildApp({ config, db: noDatabase, chain });
  try {
    await app.ready();
    return app.swagger() as OpenAPIV3_1.Document;
  } finally {
    await app.close();
  }
}
