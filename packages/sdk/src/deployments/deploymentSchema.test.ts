import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { InvalidDeploymentError } from "../errors/chain.ts";
import { parseDeployment } from "./deploymentSchema.ts";

const committed = JSON.parse(
  readFileSync(new URL("../../../../deployments/31337/addresses.json", import.meta.url), "utf8"),
);

describe("parseDeployment", () => {
  test("accepts the deployment the deploy script wrote, as it is", () => {
    assert.deepEqual(parseDeployment(committed), committed);
  });

  test("names every wrong field and where the description came from", () => {
    const broken = {
      ...committed,
      chainId: "8453",
      contracts: { ...committed.contracts, EAS: { address: "0x1234", blockNumber: 3 } },
    };
    delete broken.auditSchemaUid;
    assert.throws(
      () => parseDeployment(broken, "deployments/8453/addresses.json"),
      (error: unknown) => {
        assert.ok(error instanceof InvalidDeploymentError);
        assert.match(error.message, /deployments\/8453\/addresses\.json/);
        assert.deepEqual(
          error.problems.map((p) => p.split(":")[0]),
          ["chainId", "contracts.EAS.address", "auditSchemaUid"],
        );
        return true;
      },
    );
  });

  test("refuses what is not a deployment at all", () => {
    for (const value of [null, "31337", [], {}]) assert.throws(() => parseDeployment(value), InvalidDeploymentError);
  });
});
