import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { parseDeployment } from "@tracemark/sdk";
import { createPublicClient, http } from "viem";
import { buildApp } from "../../app.ts";
import { testApp } from "../../testing/suite.ts";

describe("GET /deployment", () => {
  const t = testApp({}, { contracts: true });
  const broken = mkdtempSync(join(tmpdir(), "tracemark-deployment-"));
  after(() => rmSync(broken, { recursive: true, force: true }));

  test("serves the deployment of the chain the API is on, anonymously, in the SDK's shape", async () => {
    const response = await t.app.inject({ method: "GET", url: "/deployment" });
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(parseDeployment(response.json(), "GET /deployment"), t.deployment);
    assert.match(String(response.headers["cache-control"]), /^public, max-age=\d+$/);
  });

  test("answers 503 problem+json when the deployment file is not a deployment", async () => {
    mkdirSync(join(broken, "31337"));
    writeFileSync(join(broken, "31337", "addresses.json"), JSON.stringify({ chainId: 31337, contracts: {} }));
    // A client of its own: the deployment is cached per chain client.
    const chain = createPublicClient({ transport: http(t.anvil.rpcUrl) });
    const app = await buildApp({
      ...t.context,
      chain,
      config: { ...t.context.config, deploymentsDir: broken },
    });
    try {
      const response = await app.inject({ method: "GET", url: "/deployment" });
      assert.equal(response.statusCode, 503);
      assert.match(String(response.headers["content-type"]), /^application\/problem\+json/);
      assert.match(response.json().detail, /chain 31337/);
    } finally {
      await app.close();
    }
  });
});
