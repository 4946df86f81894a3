/**
 * CPU time of the processes a benchmark runs (Linux `/proc`), so that a phase can be judged by CPU
 * per event, which the other work on a shared machine barely changes, and not only by its rate,
 * which it does. Not a benchmark itself (the leading `_`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Clock ticks per second of `/proc/<pid>/stat` (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

type Stat = { ppid: number; own: number; children: number };

function readStat(pid: number): Stat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces and parentheses: the fields after it start past the last ")".
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const number = (field: number) => Number(fields[field - 3]);
  return {
    ppid: number(4),
    own: (number(14) + number(15)) / TICKS_PER_SECOND,
    children: (number(16) + number(17)) / TICKS_PER_SECOND,
  };
}

/** CPU seconds (user + system) a process has used so far, with the children it has waited for; 0 if it is gone or this is not Linux. */
export function processCpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  const stat = readStat(pid);
  return stat ? stat.own + stat.children : 0;
}

/**
 * CPU seconds used so far by a PostgreSQL cluster: the postmaster, the backends and background
 * processes alive now, and those that have exited (counted in the postmaster's children time).
 */
export function postgresCpuSeconds(dataDir: string): number {
  let postmaster: number;
  try {
    postmaster = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return 0;
  }
  let total = processCpuSeconds(postmaster);
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat?.ppid === postmaster) total += stat.own;
  }
  return total;
}

export type CpuMeter = {
  /** CPU seconds each named part used since the meter was made. */
  read: () => Record<string, number>;
};

/** Starts counting the CPU time of named parts, each a function giving its CPU seconds so far. */
export function cpuMeter(parts: Record<string, () => number>): CpuMeter {
  const start = Object.fromEntries(Object.entries(parts).map(([name, read]) => [name, read()]));
  return {
    read: () =>
      Object.fromEntries(Object.entries(parts).map(([name, read]) => [name, read() - (start[name] ?? 0)])),
  };
}
