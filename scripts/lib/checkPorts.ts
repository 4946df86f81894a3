import { createServer } from "node:net";

/** The ports `npm start` listens on, by the variable that sets each. */
export type CheckPortsParameters = { ports: Record<string, number>; host?: string };

/** One problem per port that cannot be used, naming its variable. */
export class PortsUnavailableError extends Error {
  override name = "PortsUnavailableError";
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

/** Resolves with the error code of listening on `port`, or `undefined` when it could listen. */
function tryListen(port: number, host: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

/**
 * Checks, before anything starts, that every port can be listened on, and throws a
 * `PortsUnavailableError` naming each busy (or shared) port with the variable that changes it.
 *
 * @example
 * await checkPorts({ ports: { CHAIN_PORT: 8545, API_PORT: 4000, WEB_PORT: 3000 } });
 * // PortsUnavailableError: Port 3000 (WEB_PORT) is already in use: stop what uses it, or choose another port, e.g. WEB_PORT=3001 npm start
 */
export async function checkPorts({ ports, host = "127.0.0.1" }: CheckPortsParameters): Promise<void> {
  const problems: string[] = [];
  const byPort = new Map<number, string[]>();
  for (const [variable, port] of Object.entries(ports))
    byPort.set(port, [...(byPort.get(port) ?? []), variable]);
  for (const [port, variables] of byPort) {
    if (variables.length > 1) {
      problems.push(`${variables.join(" and ")} are both ${port}: give each its own port.`);
      continue;
    }
    const variable = variables[0];
    const code = await tryListen(port, host);
    if (code === "EADDRINUSE")
      problems.push(
        `Port ${port} (${variable}) is already in use: stop what uses it, or choose another port, e.g. ${variable}=${port + 1} npm start`,
      );
    else if (code !== undefined)
      problems.push(
        `Port ${port} (${variable}) cannot be listened on at ${host} (${code}): set ${variable} to another port.`,
      );
  }
  if (problems.length > 0) throw new PortsUnavailableError(problems);
}
