/**
 * Writes the next migration (`migrations/<timestamp>_<name>/migration.sql`) from the difference
 * between the committed migrations and schema.prisma, as `prisma migrate dev --create-only` does,
 * but offline (see schemaDiff.ts).
 *
 * Usage: npm run migration:create -w @tracemark/db -- <name>
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { migrationsDir } from "./migrate.ts";
import { diffSchemaAgainstMigrations } from "./schemaDiff.ts";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run migration:create -w @tracemark/db -- <name in snake_case>");
  process.exit(2);
}
const sql = await diffSchemaAgainstMigrations();
if (sql) {
  const folder = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${name}`;
  mkdirSync(join(migrationsDir, folder), { recursive: true });
  writeFileSync(join(migrationsDir, folder, "migration.sql"), sql);
  writeFileSync(join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
  console.log(`Wrote migrations/${folder}/migration.sql`);
} else {
  console.log("schema.prisma matches the migrations: nothing to write.");
}
