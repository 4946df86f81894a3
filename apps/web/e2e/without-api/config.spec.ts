import { spawn } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { expect, test } from "@playwright/test";
import { freePorts, webDir } from "../stack";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

test("the server refuses to start with a bad variable, naming it", async () => {
  const [port] = await freePorts(1);
  const server = spawn(
    process.execPath,
    [nextBin, "start", "--hostname", "127.0.0.1", "--port", String(port)],
    {
      cwd: webDir,
      env: { ...process.env, API_URL: "not-a-url", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  server.stdout.on("data", (chunk) => {
    output += chunk;
  });
  server.stderr.on("data", (chunk) => {
    output += chunk;
  });
  try {
    const [code] = await once(server, "exit");
    expect(code).toBe(1);
    expect(output).toContain("Invalid web app configuration");
    expect(output).toMatch(/API_URL: Invalid URL/);
  } finally {
    server.kill();
  }
});
