import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { defaultDeploymentsDir } from "../env.ts";
import { loadDeployment } from "./loadDeployment.ts";

describe("loadDeployment", () => {
  const dir = mkdtempSync(join(tmpdir(), "tracemark-deployments-"));
  const committed = JSON.parse(readFileSync(join(defaultDeploymentsDir, "31337", "addresses.json"), "utf8"));
  const write = (chainId: number, content: string) => {
    mkdirSync(join(dir, String(chainId)), { recursive: true });
    writeFileSync(join(dir, String(chainId), "addresses.json"), content);
  };
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("reads and checks the committed deployment", () => {
    assert.equal(
      loadDeployment(31337, defaultDeploymentsDir).contracts.EAS.address,
      committed.contracts.EAS.address,
    );
  });

  test("says what is wrong: no file, not JSON, a wrong field, another chain's file", () => {
    assert.throws(() => loadDeployment(8453, dir), /No Tracemark deployment for chain 8453/);
    write(10, "{ not json");
    assert.throws(() => loadDeployment(10, dir), /addresses\.json is not JSON/);
    write(11, JSON.stringify({ ...committed, chainId: 11, registrar: "0xnope" }));
    assert.throws(
      () => loadDeployment(11, dir),
      (error: Error & { details?: string }) => {
        assert.match(error.message, /Invalid Tracemark deployment in .*11\/addresses\.json/);
        assert.match(String(error.details), /registrar/);
        return true;
      },
    );
    write(12, JSON.stringify(committed));
    assert.throws(() => loadDeployment(12, dir), /describes chain 31337, not chain 12/);
  });
});
