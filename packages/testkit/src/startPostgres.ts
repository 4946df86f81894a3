import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type PrivatePostgres = {
  url: string;
  port: number;
  /** The cluster's data folder (its `postmaster.pid` names the server's process). */
  dataDir: string;
  /** Stops the server, keeping its data (for restart tests). */
  halt: () => void;
  /** Starts it again on the same port with the same data. */
  restart: () => void;
  /** Stops the server and deletes its data. */
  stop: () => void;
};

/** The newest Debian PostgreSQL server binaries on this machine, if any. */
function postgresBinDir(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : undefined;
}

/**
 * Starts a throwaway PostgreSQL cluster of our own (trust auth, loopback only, its own port and
 * socket folder) for the test suites; never touches the machine's own cluster. As root, the
 * server runs as the `postgres` user, since initdb refuses root. `settings` are extra server
 * settings (`{ shared_preload_libraries: "pg_stat_statements" }`).
 */
export function startPostgres(port: number, settings: Record<string, string> = {}): PrivatePostgres {
  const bin = postgresBinDir();
  if (!bin) {
    throw new Error(
      "No PostgreSQL server found under /usr/lib/postgresql. Install it (Debian: apt-get install -y postgresql) or set TEST_DATABASE_URL to a Postgres server.",
    );
  }
  const dir = mkdtempSync(join(tmpdir(), "tracemark-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    chmodSync(dir, 0o700);
    execFileSync("chown", ["postgres:postgres", dir]);
  }
  const run = (command: string, args: string[]) => {
    const [file, fileArgs] = asRoot
      ? ["runuser", ["-u", "postgres", "--", command, ...args]]
      : [command, args];
    const result = spawnSync(file, fileArgs, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  run(join(bin, "initdb"), ["-D", dir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const start = () =>
    run(join(bin, "pg_ctl"), [
      "-D",
      dir,
      "-l",
      join(dir, "server.log"),
      "-o",
      [
        `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=200 -c fsync=off`,
        ...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`),
      ].join(" "),
      "-w",
      "start",
    ]);
  const halt = () => run(join(bin, "pg_ctl"), ["-D", dir, "-m", "fast", "-w", "stop"]);
  start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir: dir,
    halt,
    restart: start,
    stop: () => {
      try {
        halt();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
