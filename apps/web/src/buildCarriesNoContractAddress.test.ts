import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const web = fileURLToPath(new URL("..", import.meta.url));
const committed = JSON.parse(
  readFileSync(new URL("../../../deployments/31337/addresses.json", import.meta.url), "utf8"),
) as { contracts: Record<string, { address: string }> };

// One build serves any chain: the contracts come from the API's GET /deployment at run time.
test("the web app's build (what browsers download) carries no contract address", () => {
  const staticDir = join(web, ".next", "static");
  assert.ok(existsSync(staticDir), "build the web app first (npm test -w @tracemark/web does)");
  const files = readdirSync(staticDir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith(".js"),
  );
  assert.ok(files.length > 0);
  const addresses = Object.values(committed.contracts).map((c) => c.address.slice(2).toLowerCase());
  for (const file of files) {
    const text = readFileSync(join(file.parentPath, file.name), "utf8").toLowerCase();
    for (const address of addresses) assert.ok(!text.includes(address), `${file.name} holds 0x${address}`);
  }
});
