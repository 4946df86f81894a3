/**
 * Writes the next migration (`migrations/<timestamp>_<name>/migration.sql`) from the difference
 * between the committed migrations and schema.prisma, the way `prisma migrate dev --create-only`
 * does, but with Prisma's wasm schema engine on an in-memory PGlite, so it works offline.
 *
 * Usage: npm run migration:create -w @tracemark/db -- <name>
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { SchemaEngine } from "@prisma/schema-engine-wasm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { migrationsDir, readMigrations } from "./migrate.ts";

const schemaPath = fileURLToPath(new URL("../schema.prisma", import.meta.url));

async function createMigration(name: string): Promise<string | undefined> {
  const pglite = await PGlite.create("memory://");
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite));
  const schema = readFileSync(schemaPath, "utf8");
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter);
  try {
    const migrationsList = {
      baseDir: migrationsDir,
      lockfile: { path: "migration_lock.toml", content: 'provider = "postgresql"\n' },
      shadowDbInitScript: "",
      migrationDirectories: readMigrations().map((migration) => ({
        path: migration.name,
        migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: migration.sql } },
      })),
    };
    const { stdout, exitCode } = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    if (exitCode !== 2 || !stdout) return undefined;
    const folder = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${name}`;
    mkdirSync(join(migrationsDir, folder), { recursive: true });
    writeFileSync(join(migrationsDir, folder, "migration.sql"), stdout);
    writeFileSync(join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
    return folder;
  } finally {
    engine.free();
    await pglite.close();
  }
}

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run migration:create -w @tracemark/db -- <name in snake_case>");
  process.exit(2);
}
const folder = await createMigration(name);
console.log(
  folder
    ? `Wrote migrations/${folder}/migration.sql`
    : "schema.prisma matches the migrations: nothing to write.",
);
