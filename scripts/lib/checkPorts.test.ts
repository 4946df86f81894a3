import assert from "node:assert/strict";
import { createServer, type Server } from "node:net";
import { after, test } from "node:test";
import { freePort } from "@tracemark/testkit";
import { checkPorts, PortsUnavailableError } from "./checkPorts.ts";

const servers: Server[] = [];
after(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

/** Something else listening on a port, as a forgotten dev server would. */
async function occupy(host: string): Promise<number> {
  const port = await freePort();
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return port;
}

test("free ports pass, and stay free", async () => {
  const ports = { CHAIN_PORT: await freePort(), API_PORT: await freePort(), WEB_PORT: await freePort() };
  await checkPorts({ ports });
  await checkPorts({ ports });
});

test("a busy port is named with the variable that changes it", async () => {
  const busy = await occupy("127.0.0.1");
  const ports = { CHAIN_PORT: await freePort(), API_PORT: busy, WEB_PORT: await freePort() };
  await assert.rejects(checkPorts({ ports }), (error: PortsUnavailableError) => {
    assert.ok(error instanceof PortsUnavailableError);
    assert.deepEqual(error.problems, [
      `Port ${busy} (API_PORT) is already in use: stop what uses it, or choose another port, e.g. API_PORT=${busy + 1} npm start`,
    ]);
    return true;
  });
});

test("a port held on every interface is busy too, and every busy port is listed", async () => {
  const anyInterface = await occupy("0.0.0.0");
  const loopback = await occupy("127.0.0.1");
  const ports = { CHAIN_PORT: anyInterface, API_PORT: await freePort(), WEB_PORT: loopback };
  await assert.rejects(checkPorts({ ports }), (error: PortsUnavailableError) => {
    assert.equal(error.problems.length, 2);
    assert.match(
      error.problems[0] ?? "",
      new RegExp(`^Port ${anyInterface} \\(CHAIN_PORT\\) is already in use`),
    );
    assert.match(error.problems[1] ?? "", new RegExp(`^Port ${loopback} \\(WEB_PORT\\) is already in use`));
    return true;
  });
});

test("two variables given the same port are named", async () => {
  const port = await freePort();
  await assert.rejects(
    checkPorts({ ports: { CHAIN_PORT: await freePort(), API_PORT: port, WEB_PORT: port } }),
    {
      message: `API_PORT and WEB_PORT are both ${port}: give each its own port.`,
    },
  );
});
