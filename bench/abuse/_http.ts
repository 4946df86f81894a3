/**
 * HTTP requests from a chosen loopback address (each client of bench/abuse has its own, so the
 * API's per-address limits tell them apart), on a connection of their own. Not a benchmark (`_`).
 */
import http from "node:http";

export type Answer = { status: number; body: string };

/** One request with an optional JSON body; resolves with the status and the body's text. */
export function request(
  base: URL,
  method: string,
  path: string,
  localAddress: string,
  body?: unknown,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        method,
        path,
        localAddress,
        agent: false,
        headers: payload
          ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }
          : {},
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

/**
 * A POST of `bytes` bytes without credentials: writes 64 KiB at a time while the server reads,
 * stops at its answer or when it closes the connection. Returns the status (0: closed before an
 * answer) and how many bytes were handed to the socket by then (an upper bound of what the server
 * read: the kernel's socket buffers hold some).
 */
export function upload(
  base: URL,
  path: string,
  contentType: string,
  bytes: number,
  localAddress: string,
): Promise<{ status: number; sent: number }> {
  return new Promise((resolve) => {
    let sent = 0;
    let done = false;
    const req = http.request({
      host: base.hostname,
      port: base.port,
      method: "POST",
      path,
      localAddress,
      agent: false,
      headers: { "content-type": contentType, "content-length": bytes },
    });
    const finish = (status: number) => {
      if (done) return;
      done = true;
      req.destroy();
      resolve({ status, sent });
    };
    req.on("response", (res) => {
      res.resume();
      finish(res.statusCode ?? 0);
    });
    req.on("error", () => finish(0));
    req.on("close", () => finish(0));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!done && sent < bytes) {
        const part = chunk.subarray(0, Math.min(chunk.length, bytes - sent));
        sent += part.length;
        if (!req.write(part)) {
          req.once("drain", pump);
          return;
        }
      }
      if (!done) req.end();
    };
    pump();
  });
}
