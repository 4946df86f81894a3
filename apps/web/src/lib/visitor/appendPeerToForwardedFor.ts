import http from "node:http";

const patched = Symbol.for("tracemark.appendPeerToForwardedFor");

/**
 * Makes the server append each connection's own address to `X-Forwarded-For`, as a proxy does.
 * Next.js only sets that header when the request has none, so without this a visitor could
 * choose the address this server vouches for to the API. Called once at server start
 * (instrumentation); the last entry is then always the connection's peer.
 *
 * @example
 * appendPeerToForwardedFor();
 */
export function appendPeerToForwardedFor(): void {
  const prototype = http.Server.prototype as http.Server & { [patched]?: true };
  if (prototype[patched]) return;
  const emit = prototype.emit;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      const peer = request.socket.remoteAddress;
      const prior = request.headers["x-forwarded-for"];
      if (peer) request.headers["x-forwarded-for"] = prior ? `${prior}, ${peer}` : peer;
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
  prototype[patched] = true;
}
