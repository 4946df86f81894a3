import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { SchemaEngine } from "@prisma/schema-engine-wasm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { migrationsDir, readMigrations } from "./migrate.ts";

const schemaPath = fileURLToPath(new URL("../schema.prisma", import.meta.url));

/**
 * The SQL that would bring a database built from the committed migrations to schema.prisma, or
 * undefined when they agree. Uses Prisma's wasm schema engine with an in-memory PGlite as the
 * shadow database, so it works offline.
 *
 * @example
 * const sql = await diffSchemaAgainstMigrations();
 * if (sql) console.log("schema.prisma has changes without a migration");
 */
export async function diffSchemaAgainstMigrations(): Promise<string | undefined> {
  const pglite = await PGlite.create("memory://");
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite));
  const schema = readFileSync(schemaPath, "utf8");
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter);
  try {
    const { stdout, exitCode } = await engine.diff({
      from: {
        tag: "migrations",
        baseDir: migrationsDir,
        lockfile: { path: "migration_lock.toml", content: 'provider = "postgresql"\n' },
        shadowDbInitScript: "",
        migrationDirectories: readMigrations().map((migration) => ({
          path: migration.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: migration.sql } },
        })),
      },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    return exitCode === 2 && stdout ? stdout : undefined;
  } finally {
    engine.free();
    await pglite.close();
  }
}
