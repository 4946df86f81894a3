/**
 * `npm run bench`: runs every benchmark in bench/ one after another (they measure; running them
 * side by side on two cores would spoil each other's numbers). Each prints its figures as ratios
 * against a baseline measured in the same run and writes JSON to bench/results/.
 * Files starting with `_` hold helpers shared by a folder's scripts and are not run.
 * `npm run bench -- gas api` runs only the named folders.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const benchDir = fileURLToPath(new URL("../bench", import.meta.url));
const only = process.argv.slice(2);
const folders = readdirSync(benchDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "results")
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

let failed = 0;
for (const folder of folders) {
  const scripts = readdirSync(join(benchDir, folder)).filter(
    (file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.startsWith("_"),
  );
  const entries = existsSync(join(benchDir, folder, "run.ts")) ? ["run.ts"] : scripts;
  for (const script of entries) {
    process.stdout.write(`\n━━ bench/${folder}/${script} ━━\n`);
    const { status } = spawnSync("npx", ["tsx", join(benchDir, folder, script)], { stdio: "inherit" });
    if (status !== 0) failed += 1;
  }
}
process.exitCode = failed === 0 ? 0 : 1;
