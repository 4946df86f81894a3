export * from "../generated/client/client.ts";
export { type MigrateReturnType, type Migration, migrate, readMigrations } from "./migrate.ts";
export { type Database, type DatabaseLocation, openDatabase, type SqlSession } from "./openDatabase.ts";
export { createTestDatabase, type TestDatabase } from "./testDatabase.ts";
