import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { toHex } from "viem";
import { mnemonicToAccount } from "viem/accounts";
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

test("RPC_URL takes several endpoints of one chain, comma-separated, in order", () => {
  const config = readConfig({ RPC_URL: "https://a.rpc.example, https://b.rpc.example/v1/key" });
  assert.deepEqual(config.rpcUrls, ["https://a.rpc.example", "https://b.rpc.example/v1/key"]);
  assert.equal(config.rpcUrl, "https://a.rpc.example");
  assert.throws(() => readConfig({ RPC_URL: "https://a.rpc.example,ftp://b.example" }), /RPC_URL/);
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

describe("production mode", () => {
  const devKey = (index: number) =>
    toHex(
      mnemonicToAccount("test test test test test test test test test test test junk", {
        addressIndex: index,
      }).getHdKey().privateKey as Uint8Array,
    );
  /** A production configuration with nothing unsafe in it. */
  const safe = {
    TRACEMARK_MODE: "production",
    DATABASE_URL: "postgresql://tracemark@db.internal.example:5432/tracemark",
    RPC_URL: "https://rpc.chain.example",
    RELAYER_PRIVATE_KEY: `0x${"7".repeat(64)}`,
    COOKIE_SECURE: "true",
    SIWE_DOMAINS: "tracemark.example",
    WEB_ORIGINS: "https://tracemark.example",
    WEB_FORWARDED_SECRET: "s".repeat(32),
    SMTP_URL: "smtps://tracemark:secret@smtp.mail.example:465",
    TRUST_PROXY: "1",
    BOOTSTRAP_ADMIN_EMAIL: "root@tracemark.example",
    BOOTSTRAP_ADMIN_PASSWORD: "plum-Viaduct-37-cobalt-Harbour",
  };
  const problemsOf = (env: Record<string, string | undefined>) => {
    try {
      readConfig(env);
    } catch (error) {
      return (error as Error).message
        .split("\n")
        .slice(1)
        .map((line) => line.trim().split(":")[0]);
    }
    return [];
  };

  test("refuses to start, listing every missing or unsafe setting at once", () => {
    assert.throws(
      () => readConfig({ TRACEMARK_MODE: "production" }),
      /^Error: Unsafe production configuration/,
    );
    assert.deepEqual(
      problemsOf({
        TRACEMARK_MODE: "production",
        RELAYER_PRIVATE_KEY: devKey(0),
        WEBHOOK_ALLOW_HTTP_LOCALHOST: "true",
        TRUST_PROXY: "true",
        BOOTSTRAP_ADMIN_EMAIL: "root@tracemark.example",
        BOOTSTRAP_ADMIN_PASSWORD: "password1234",
      }),
      [
        "DATABASE_URL",
        "RPC_URL",
        "RELAYER_PRIVATE_KEY",
        "COOKIE_SECURE",
        "SIWE_DOMAINS",
        "WEB_ORIGINS",
        "WEB_FORWARDED_SECRET",
        "SMTP_URL",
        "TRUST_PROXY",
        "WEBHOOK_ALLOW_HTTP_LOCALHOST",
        "BOOTSTRAP_ADMIN_PASSWORD",
      ],
    );
  });

  test("each unsafe value is named on its own", () => {
    assert.deepEqual(problemsOf(safe), []);
    const cases: [Record<string, string | undefined>, string][] = [
      [{ DATABASE_URL: undefined }, "DATABASE_URL"],
      [{ RPC_URL: "http://localhost:8545" }, "RPC_URL"],
      [{ RPC_URL: "http://[::1]:8545" }, "RPC_URL"],
      [{ RPC_URL: "http://127.0.0.2:8545" }, "RPC_URL"],
      [{ RPC_URL: "https://rpc.chain.example,http://127.0.0.1:8545" }, "RPC_URL"],
      [{ RELAYER_PRIVATE_KEY: undefined }, "RELAYER_PRIVATE_KEY"],
      [{ RELAYER_PRIVATE_KEY: devKey(9) }, "RELAYER_PRIVATE_KEY"],
      [{ RELAYER_PRIVATE_KEY: devKey(19) }, "RELAYER_PRIVATE_KEY"],
      [{ COOKIE_SECURE: "false" }, "COOKIE_SECURE"],
      [{ SIWE_DOMAINS: undefined }, "SIWE_DOMAINS"],
      [{ SIWE_DOMAINS: "tracemark.example,localhost:3000" }, "SIWE_DOMAINS"],
      [{ WEB_ORIGINS: "http://tracemark.example" }, "WEB_ORIGINS"],
      [{ WEB_ORIGINS: "https://localhost:3000" }, "WEB_ORIGINS"],
      [{ WEB_FORWARDED_SECRET: undefined }, "WEB_FORWARDED_SECRET"],
      [{ SIWE_DOMAINS: "127.0.0.1:3000" }, "SIWE_DOMAINS"],
      [{ SMTP_URL: undefined }, "SMTP_URL"],
      [{ WEB_URL: "http://tracemark.example" }, "WEB_URL"],
      [{ WEB_URL: "https://127.0.0.1:3000" }, "WEB_URL"],
      [{ TRUST_PROXY: "true" }, "TRUST_PROXY"],
      [{ WEBHOOK_ALLOW_HTTP_LOCALHOST: "true" }, "WEBHOOK_ALLOW_HTTP_LOCALHOST"],
      [{ BOOTSTRAP_ADMIN_PASSWORD: "aaaaaaaaaaaaaaaaaaaaaaaa" }, "BOOTSTRAP_ADMIN_PASSWORD"],
      [{ BOOTSTRAP_ADMIN_PASSWORD: "correcthorse" }, "BOOTSTRAP_ADMIN_PASSWORD"],
    ];
    for (const [change, name] of cases)
      assert.deepEqual(problemsOf({ ...safe, ...change }), [name], JSON.stringify(change));
  });

  test("a process that does not submit needs no relayer key; a safe configuration starts in production mode", () => {
    const config = readConfig({ ...safe, RELAYER_PRIVATE_KEY: undefined, ROLES: "serve,index" });
    assert.equal(readConfig({ ...safe, SMTP_URL: undefined, ROLES: "submit,index" }).mode, "production");
    assert.equal(config.mode, "production");
    assert.equal(readConfig(safe).mode, "production");
  });

  test("the relayer's key from a keystore or a remote signer instead of RELAYER_PRIVATE_KEY; one source only, each with its pair", () => {
    const keystore = {
      RELAYER_KEYSTORE_PATH: "/run/secrets/relayer.json",
      RELAYER_KEYSTORE_PASSWORD_FILE: "/run/secrets/pw",
    };
    const remote = {
      RELAYER_REMOTE_SIGNER_URL: "https://signer.internal.example:9000",
      RELAYER_ADDRESS: `0x${"a".repeat(40)}`,
    };
    assert.deepEqual(
      readConfig({ ...safe, RELAYER_PRIVATE_KEY: undefined, ...keystore }).submitter.relayerKeystore,
      {
        path: "/run/secrets/relayer.json",
        passwordFile: "/run/secrets/pw",
      },
    );
    assert.equal(
      readConfig({ ...safe, RELAYER_PRIVATE_KEY: undefined, ...remote }).submitter.relayerRemoteSigner
        ?.address,
      remote.RELAYER_ADDRESS,
    );
    assert.throws(
      () => readConfig({ ...safe, ...keystore }),
      /RELAYER_PRIVATE_KEY and RELAYER_KEYSTORE_PATH: set only one/,
    );
    assert.throws(
      () => readConfig({ ...safe, RELAYER_PRIVATE_KEY: undefined, RELAYER_KEYSTORE_PATH: "/k.json" }),
      /RELAYER_KEYSTORE_PATH and RELAYER_KEYSTORE_PASSWORD_FILE go together/,
    );
    assert.throws(
      () => readConfig({ ...safe, RELAYER_PRIVATE_KEY: undefined, RELAYER_ADDRESS: remote.RELAYER_ADDRESS }),
      /RELAYER_REMOTE_SIGNER_URL and RELAYER_ADDRESS go together/,
    );
  });

  test("an empty value is unset, as in an env file copied from .env.example", () => {
    const config = readConfig({ ...safe, RELAYER_KEYSTORE_PATH: "", RELAYER_ADDRESS: "", WEB_URL: "" });
    assert.equal(config.submitter.relayerKeystore, undefined);
    assert.equal(config.mail.webUrl, "https://tracemark.example");
  });

  test("NODE_ENV=production means production mode; TRACEMARK_MODE=development is the explicit way out", () => {
    assert.ok(problemsOf({ NODE_ENV: "production" }).includes("RELAYER_PRIVATE_KEY"));
    assert.equal(readConfig({ NODE_ENV: "production", TRACEMARK_MODE: "development" }).mode, "development");
    assert.equal(readConfig({}).mode, "development");
  });
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

test("mail: SMTP_URL is smtp or smtps; links open WEB_URL, by default the first web origin", () => {
  assert.equal(readConfig({}).mail.smtpUrl, undefined);
  assert.equal(readConfig({}).mail.webUrl, "http://127.0.0.1:3000");
  assert.equal(readConfig({ WEB_URL: "https://app.example/" }).mail.webUrl, "https://app.example");
  assert.equal(readConfig({ SMTP_URL: "smtp://127.0.0.1:2525" }).mail.smtpUrl, "smtp://127.0.0.1:2525");
  assert.throws(() => readConfig({ SMTP_URL: "http://smtp.example" }), /SMTP_URL/);
});
