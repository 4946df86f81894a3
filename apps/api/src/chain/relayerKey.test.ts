import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { createTestDatabase } from "@tracemark/db";
import { freePort } from "@tracemark/testkit";
import { createPublicClient, http } from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { readConfig } from "../env.ts";
import { RelayerKeyError } from "../errors/relayerKey.ts";
import { startSubmitter } from "../submit/startSubmitter.ts";
import { type DeployedChain, startDeployedChain } from "../testing/deployedChain.ts";
import {
  createAdmittedOrg,
  expectAnchoredExactlyOnce,
  insertPendingEvents,
} from "../testing/pipelineFixtures.ts";
import { keystoreAccount } from "./keystoreAccount.ts";
import { DEV_MNEMONIC } from "./relayerAccount.ts";
import { remoteSignerAccount } from "./remoteSignerAccount.ts";

/** The Web3 Secret Storage v3 test vectors (see the fixture's `source`), not keystores this project wrote. */
const vectors = JSON.parse(
  readFileSync(new URL("./fixtures/web3SecretStorageV3.json", import.meta.url), "utf8"),
);
/** The address of the vectors' private key. */
const VECTOR_ADDRESS = "0x008AeEda4D805471dF9b2A5B0f38A0C3bCBA786b";
const silent = { info() {}, warn() {}, error() {}, debug() {} };

describe("relayer key from an encrypted keystore", () => {
  let dir: string;
  const write = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "tracemark-keystore-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const kdf of ["pbkdf2", "scrypt"] as const) {
    test(`the specification's ${kdf} keystore opens with its password (a trailing newline in the file is not part of it)`, async () => {
      const account = await keystoreAccount({
        path: write(`${kdf}.json`, JSON.stringify(vectors[kdf])),
        passwordFile: write("password", `${vectors.password}\n`),
      });
      assert.equal(account.address, VECTOR_ADDRESS);
      const signature = await account.signMessage({ message: "tracemark" });
      const { privateKeyToAccount } = await import("viem/accounts");
      assert.equal(
        signature,
        await privateKeyToAccount(vectors.privateKey).signMessage({ message: "tracemark" }),
      );
    });
  }

  test("a wrong password, a missing file or a file that is not a keystore: a message naming the variable", async () => {
    const keystore = write("pbkdf2.json", JSON.stringify(vectors.pbkdf2));
    await assert.rejects(
      keystoreAccount({ path: keystore, passwordFile: write("wrong", "not the password\n") }),
      (error: unknown) =>
        error instanceof RelayerKeyError &&
        /^RELAYER_KEYSTORE_PASSWORD_FILE: the password in .*wrong does not open the keystore/.test(
          error.message,
        ),
    );
    await assert.rejects(
      keystoreAccount({ path: join(dir, "missing.json"), passwordFile: write("password", vectors.password) }),
      /RELAYER_KEYSTORE_PATH: cannot read .*missing\.json/,
    );
    await assert.rejects(
      keystoreAccount({
        path: write("v1.json", JSON.stringify({ ...vectors.pbkdf2, version: 1 })),
        passwordFile: keystore,
      }),
      /RELAYER_KEYSTORE_PATH: .*v1\.json is not a Web3 Secret Storage v3 keystore/,
    );
  });

  test("a submit process whose keystore password is wrong stops at start, saying so", () => {
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", fileURLToPath(new URL("../server.ts", import.meta.url))],
      {
        env: {
          ...Object.fromEntries(
            Object.entries(process.env).filter(([name]) => !/^(DATABASE_URL|RELAYER_)/.test(name)),
          ),
          ROLES: "submit",
          PORT: "0",
          DATA_DIR: join(dir, "db"),
          RELAYER_KEYSTORE_PATH: write("start.json", JSON.stringify(vectors.pbkdf2)),
          RELAYER_KEYSTORE_PASSWORD_FILE: write("start-password", "hunter2"),
        },
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.stdout.split("\n").filter(Boolean).length, 1, "it stops before anything else");
    assert.match(
      result.stdout,
      /RELAYER_KEYSTORE_PASSWORD_FILE: the password in .*start-password does not open/,
    );
  });
});

describe("relayer key in a remote signer (eth_signTransaction)", () => {
  let chain: DeployedChain;
  // anvil signs `eth_signTransaction` for its own accounts: here it stands for Web3Signer.
  const relayer = mnemonicToAccount(DEV_MNEMONIC).address;
  before(async () => {
    chain = await startDeployedChain();
  });
  after(() => chain.stop());

  test("the submitter anchors through the signer: every event once, signed by the relayer's address", {
    timeout: 120_000,
  }, async () => {
    const db = await createTestDatabase();
    try {
      const account = await remoteSignerAccount({ url: chain.anvil.rpcUrl, address: relayer });
      assert.equal(account.source, "custom", "no key in this process");
      const client = createPublicClient({ transport: http(chain.anvil.rpcUrl) });
      const config = readConfig({ BATCH_MAX_EVENTS: "20", BATCH_WINDOW_MS: "0", SUBMIT_POLL_MS: "50" });
      const org = await createAdmittedOrg(db);
      const accepted = await insertPendingEvents(db, org, 30);
      const submitter = startSubmitter({ config, db, chain: client }, silent, account);
      try {
        const deadline = Date.now() + 60_000;
        for (;;) {
          const open = await db.prisma.chainTransaction.count({
            where: { status: { in: ["unsent", "sent"] } },
          });
          const pending = await db.prisma.event.count({ where: { batchId: null } });
          const txs = await db.prisma.chainTransaction.count();
          if (open === 0 && pending === 0 && txs > 0) break;
          assert.ok(Date.now() < deadline, "the submitter drained through the remote signer");
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        await submitter.stop();
      }
      await expectAnchoredExactlyOnce({ db, deployment: chain.deployment }, client, accepted);
      for (const tx of await db.prisma.chainTransaction.findMany()) {
        assert.equal(tx.signer, relayer);
        const sent = await client.getTransaction({ hash: tx.minedHash as `0x${string}` });
        assert.equal(sent.from.toLowerCase(), relayer.toLowerCase());
      }
    } finally {
      await db.drop();
    }
  });

  test("an unreachable signer, or one that does not hold the address: a message naming the variable", async () => {
    const nobody = `http://127.0.0.1:${await freePort()}`;
    await assert.rejects(
      remoteSignerAccount({ url: nobody, address: relayer, timeoutMs: 1_000 }),
      (error: unknown) =>
        error instanceof RelayerKeyError &&
        error.message.startsWith(`RELAYER_REMOTE_SIGNER_URL: the signer at ${nobody} does not answer`),
    );
    await assert.rejects(
      remoteSignerAccount({ url: chain.anvil.rpcUrl, address: VECTOR_ADDRESS }),
      new RegExp(`^RelayerKeyError: RELAYER_ADDRESS: the signer at .* does not hold ${VECTOR_ADDRESS}`),
    );
  });
});
