/**
 * The rehearsal's chain and database, set up as an operator would on Base: anvil with chain id 8453
 * producing a block every second, the EAS package's EAS and SchemaRegistry placed at Base's
 * canonical addresses, our contracts deployed by the deploy script's command line with a fresh
 * funded key (as a real network's deployer), and a private Postgres for the API's separate roles.
 * Answers on the ready port once all of it is up. Runs until SIGTERM or SIGINT.
 *
 * Usage: `tsx e2e/rehearsalChain.ts <chainPort> <postgresPort> <readyPort> <workDir> <privateKey>`
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { placeCanonicalEas, startAnvil, startPostgres } from "@tracemark/testkit";
import { type Hex, numberToHex, parseEther } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { canonicalEas } from "../../../scripts/lib/canonicalEas.ts";
import { repoRoot } from "./stack";

const [chainPort, postgresPort, readyPort] = process.argv.slice(2, 5).map(Number);
const workDir = process.argv[5] as string;
const privateKey = process.argv[6] as Hex;
const ignitionDeploymentId = "e2e-rehearsal-8453";
const journalDir = path.join(repoRoot, "ignition/deployments", ignitionDeploymentId);
const base = canonicalEas(8453);
if (!base) throw new Error("the EAS package lists no canonical EAS for chain 8453");

rmSync(journalDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
const anvil = await startAnvil({ port: chainPort, args: ["--chain-id", "8453", "--block-time", "1"] });
const postgres = startPostgres(postgresPort as number);
const stop = async () => {
  postgres.stop();
  await anvil.stop();
  rmSync(journalDir, { recursive: true, force: true });
};
try {
  await placeCanonicalEas({ rpcUrl: anvil.rpcUrl, ...base });
  const deployer = privateKeyToAccount(privateKey).address;
  await fetch(anvil.rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "anvil_setBalance",
      params: [deployer, numberToHex(parseEther("100"))],
    }),
  });
  execFileSync(
    path.join(repoRoot, "node_modules/.bin/tsx"),
    [
      "scripts/deploy-contracts.ts",
      "--rpc-url",
      anvil.rpcUrl,
      "--deployments-dir",
      path.join(workDir, "deployments"),
      "--ignition-deployment-id",
      ignitionDeploymentId,
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, DEPLOYER_PRIVATE_KEY: privateKey },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
} catch (error) {
  await stop();
  throw error;
}

const ready = createServer((_request, response) => response.end("ready")).listen(readyPort, "127.0.0.1");
console.log(`chain 8453 ready on ${chainPort}, Postgres on ${postgresPort}`);
const shutdown = async () => {
  ready.close();
  await stop();
  process.exit(0);
};
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
