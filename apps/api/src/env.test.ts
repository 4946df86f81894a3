import assert from "node:assert/strict";
import { test } from "node:test";
import { readConfig } from "./env.ts";

test("defaults run the embedded database against the local node", () => {
  const config = readConfig({});
  assert.equal(config.port, 4000);
  assert.equal(config.rpcUrl, "http://127.0.0.1:8545");
  assert.ok("dataDir" in config.database && config.database.dataDir.endsWith("/.data/db"));
});

test("DATABASE_URL selects a real Postgres", () => {
  const config = readConfig({ DATABASE_URL: "postgresql://u@db.example:5432/tracemark" });
  assert.deepEqual(config.database, { url: "postgresql://u@db.example:5432/tracemark" });
});

test("bad values are refused, each named", () => {
  assert.throws(
    () => readConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", RPC_URL: "not a url" }),
    (error: Error) =>
      /PORT/.test(error.message) && /DATABASE_URL/.test(error.message) && /RPC_URL/.test(error.message),
  );
});

test("TRUST_PROXY: none by default; true, a hop count, or a list of addresses and ranges", () => {
  assert.equal(readConfig({}).trustProxy, false);
  assert.equal(readConfig({ TRUST_PROXY: "true" }).trustProxy, true);
  assert.equal(readConfig({ TRUST_PROXY: "2" }).trustProxy, 2);
  assert.deepEqual(readConfig({ TRUST_PROXY: "10.0.0.1, 192.168.0.0/16" }).trustProxy, [
    "10.0.0.1",
    "192.168.0.0/16",
  ]);
});

test("WEB_ORIGINS: the SIWE_DOMAINS hosts by default (https with COOKIE_SECURE), else as given", () => {
  assert.deepEqual(readConfig({}).webOrigins, ["http://127.0.0.1:3000", "http://localhost:3000"]);
  assert.deepEqual(readConfig({ SIWE_DOMAINS: "app.example", COOKIE_SECURE: "true" }).webOrigins, [
    "https://app.example",
  ]);
  assert.deepEqual(readConfig({ WEB_ORIGINS: "https://app.example/, http://10.0.0.5:3000" }).webOrigins, [
    "https://app.example",
    "http://10.0.0.5:3000",
  ]);
  assert.throws(() => readConfig({ WEB_ORIGINS: "app.example" }), /WEB_ORIGINS/);
  assert.throws(() => readConfig({ WEB_FORWARDED_SECRET: "short" }), /WEB_FORWARDED_SECRET/);
});
