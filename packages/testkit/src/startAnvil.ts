import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { freePort } from "./freePort.ts";

export type StartAnvilParameters = {
  port?: number;
  /** Extra command-line flags, e.g. `["--block-time", "1"]`. */
  args?: string[];
};

export type Anvil = {
  rpcUrl: string;
  port: number;
  process: ChildProcess;
  stop: () => Promise<void>;
};

const require = createRequire(import.meta.url);

/** The anvil binary shipped by the npm package `@foundry-rs/anvil-<platform>`. */
export function anvilBinary(): string {
  const platform = `${process.platform === "win32" ? "win32" : process.platform}-${process.arch === "x64" ? "amd64" : process.arch}`;
  const pkg = dirname(require.resolve(`@foundry-rs/anvil-${platform}/package.json`));
  return join(pkg, "bin", process.platform === "win32" ? "anvil.exe" : "anvil");
}

/**
 * Starts a real local EVM node (anvil, chain id 31337, the standard funded dev accounts) on a free
 * port and resolves once it answers JSON-RPC.
 *
 * @example
 * const anvil = await startAnvil();
 * after(() => anvil.stop());
 */
export async function startAnvil(parameters: StartAnvilParameters = {}): Promise<Anvil> {
  const port = parameters.port ?? (await freePort());
  const child = spawn(
    anvilBinary(),
    ["--host", "127.0.0.1", "--port", String(port), "--silent", ...(parameters.args ?? [])],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const rpcUrl = `http://127.0.0.1:${port}`;
  const anvil: Anvil = {
    rpcUrl,
    port,
    process: child,
    stop: () => stopProcess(child),
  };
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`anvil exited with code ${child.exitCode}: ${stderr.trim()}`);
    if (await answers(rpcUrl)) return anvil;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await anvil.stop();
  throw new Error(`anvil did not answer on ${rpcUrl} within 15 s: ${stderr.trim()}`);
}

async function answers(rpcUrl: string): Promise<boolean> {
  try {
    const response = await fetch(rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
