import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// The CLI is used here only to generate the client (which never runs the native schema engine).
// Migrations are created with the wasm engine (src/createMigration.ts) and applied by src/migrate.ts.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);

export default defineConfig({
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/tracemark" },
});
