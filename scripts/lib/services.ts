import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";

export type Service = { name: string; child: ChildProcess };

/**
 * Starts a long-running process in its own process group (so stopping it also stops anything it
 * started), with each line of its output prefixed by its name, or given to `onLine` instead.
 */
export function startService(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine?: (line: string) => void,
): Service {
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const relay = (input: Readable | null, stream: NodeJS.WriteStream) => {
    if (!input) return;
    createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY }).on("line", (line) => {
      if (!line.trim()) return;
      if (onLine) onLine(line);
      else stream.write(`[${name}] ${line}\n`);
    });
  };
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  return { name, child };
}

/** Sends SIGTERM to the service's process group and waits for it to exit (SIGKILL after `graceMs`). */
export function stopService({ child }: Service, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
    return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalGroup(pid, "SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      // Anything the service itself started and left behind goes too.
      signalGroup(pid, "SIGKILL");
      resolve();
    });
    signalGroup(pid, "SIGTERM");
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Polls `url` until it answers (any HTTP status below 500 unless `expectOk`), or throws after `timeoutMs`. */
export async function waitForHttp(
  url: string,
  options: { timeoutMs: number; service?: Service; init?: RequestInit },
): Promise<Response> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError = "no answer";
  while (Date.now() < deadline) {
    if (options.service && options.service.child.exitCode !== null) {
      throw new Error(
        `${options.service.name} exited with code ${options.service.child.exitCode} before ${url} answered`,
      );
    }
    try {
      const response = await fetch(url, { ...options.init, signal: AbortSignal.timeout(2_000) });
      if (response.status < 500) return response;
      lastError = `HTTP ${response.status}: ${await response.text()}`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${options.timeoutMs / 1000} s (${lastError})`);
}
