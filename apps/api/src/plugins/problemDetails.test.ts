import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import net from "node:net";
import { before, describe, test } from "node:test";
import Fastify, { type InjectOptions } from "fastify";
import * as domain from "../errors/domain.ts";
import type { TestApp } from "../testing/buildTestApp.ts";
import { testAppWithActors } from "../testing/suite.ts";
import { registerProblemDetails } from "./problemDetails.ts";

/** Writes `request` as is to the listening app and reads the answer until the server closes. */
async function raw(
  t: TestApp,
  request: string,
): Promise<{ status: number; contentType: string; body: string }> {
  const { port } = t.app.server.address() as AddressInfo;
  const socket = net.connect(port, "127.0.0.1");
  let text = "";
  socket.on("data", (data) => {
    text += data;
  });
  socket.on("error", () => undefined);
  socket.write(request);
  await new Promise((resolve) => socket.once("close", resolve));
  const [head = "", body = ""] = text.split("\r\n\r\n", 2);
  return {
    status: Number(head.split(" ")[1]),
    contentType: /content-type: ([^\r\n]+)/i.exec(head)?.[1] ?? "",
    body,
  };
}

describe("router and parser errors are problem+json with their own status and title", () => {
  const { t, a } = testAppWithActors();
  before(async () => {
    await t.app.listen({ host: "127.0.0.1", port: 0 });
  });

  const owner = () => a.orgA.users.owner.headers;
  const cases: {
    name: string;
    request: () => InjectOptions;
    status: number;
    title: string;
  }[] = [
    {
      name: "malformed percent-encoding",
      request: () => ({ method: "GET", url: "/%E0%A4%A" }),
      status: 400,
      title: "Bad Request",
    },
    {
      name: "a path segment over the router's limit",
      request: () => ({ method: "GET", url: `/public/01/${"9".repeat(300)}/10/L1` }),
      status: 414,
      title: "URI Too Long",
    },
    {
      name: "text/plain to a JSON route",
      request: () => ({
        method: "POST",
        url: `/orgs/${a.orgA.id}/products`,
        headers: { ...owner(), "content-type": "text/plain" },
        payload: "name=Basil",
      }),
      status: 415,
      title: "Unsupported Media Type",
    },
    {
      name: "an empty text/plain body (a cross-site form's) to a route that takes none",
      request: () => ({
        method: "POST",
        url: "/auth/logout",
        headers: { ...owner(), "content-type": "text/plain", "content-length": "0" },
      }),
      status: 415,
      title: "Unsupported Media Type",
    },
    {
      name: "a form to a JSON route",
      request: () => ({
        method: "POST",
        url: "/auth/logout",
        headers: { ...owner(), "content-type": "application/x-www-form-urlencoded" },
        payload: "a=1",
      }),
      status: 415,
      title: "Unsupported Media Type",
    },
    {
      name: "a sign-in body over its limit",
      request: () => ({
        method: "POST",
        url: "/auth/login",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify({ email: "a@example.test", password: "x".repeat(100_000) }),
      }),
      status: 413,
      title: "Payload Too Large",
    },
    {
      name: "JSON that does not parse",
      request: () => ({
        method: "POST",
        url: `/orgs/${a.orgA.id}/products`,
        headers: { ...owner(), "content-type": "application/json" },
        payload: '{"name":',
      }),
      status: 400,
      title: "Bad Request",
    },
    {
      name: "an unknown route",
      request: () => ({ method: "GET", url: "/nope" }),
      status: 404,
      title: "Not Found",
    },
    {
      name: "an unknown route with a body of a type nothing parses",
      request: () => ({
        method: "POST",
        url: "/nope",
        headers: { "content-type": "text/plain" },
        payload: "x",
      }),
      status: 404,
      title: "Not Found",
    },
    {
      name: "a method the route does not have",
      request: () => ({ method: "DELETE", url: "/health" }),
      status: 405,
      title: "Method Not Allowed",
    },
  ];
  for (const { name, request, status, title } of cases) {
    test(`${name}: ${status} ${title}`, async () => {
      const response = await t.app.inject(request());
      assert.equal(response.statusCode, status, response.body);
      assert.match(response.headers["content-type"] ?? "", /^application\/problem\+json/, response.body);
      const problem = response.json();
      assert.equal(problem.status, status);
      assert.equal(problem.title, title);
      assert.match(problem.type, /^https:\/\/tracemark\.dev\/problems\/[a-z0-9-]+$/);
      assert.ok(problem.detail, "a detail says what was wrong");
    });
  }

  test("405 lists the allowed methods", async () => {
    const response = await t.app.inject({ method: "PUT", url: `/orgs/${a.orgA.id}/products` });
    assert.equal(response.statusCode, 405, response.body);
    assert.deepEqual(String(response.headers.allow).split(", ").sort(), ["GET", "HEAD", "POST"]);
  });

  test("the HTTP parser's own errors (headers too large, a broken request line) are problem+json", async () => {
    const long = await raw(t, `GET /health?${"x".repeat(20_000)} HTTP/1.1\r\nhost: a\r\n\r\n`);
    assert.equal(long.status, 431, long.body);
    assert.match(long.contentType, /^application\/problem\+json/);
    assert.equal(JSON.parse(long.body).title, "Request Header Fields Too Large");
    const broken = await raw(t, "NOT HTTP AT ALL\r\n\r\n");
    assert.equal(broken.status, 400, broken.body);
    assert.match(broken.contentType, /^application\/problem\+json/);
    assert.equal(JSON.parse(broken.body).title, "Bad Request");
  });
});

describe("each kind of domain error is answered with its status, title, type and headers", () => {
  const cases: {
    error: Error;
    status: number;
    title: string;
    type: string;
    headers?: Record<string, string>;
  }[] = [
    {
      error: new domain.MalformedRequestError("cursor: not ours"),
      status: 400,
      title: "Invalid request",
      type: "invalid-request",
    },
    {
      error: new domain.NotAuthenticatedError("Wrong email or password."),
      status: 401,
      title: "Unauthorized",
      type: "unauthorized",
    },
    {
      error: new domain.NotAllowedError("Only an owner can."),
      status: 403,
      title: "Forbidden",
      type: "forbidden",
    },
    { error: new domain.NotFoundError("No such lot."), status: 404, title: "Not Found", type: "not-found" },
    {
      error: new domain.ConflictError("Already recalled."),
      status: 409,
      title: "Conflict",
      type: "conflict",
    },
    {
      error: new domain.NoLongerValidError("It has expired.", { title: "Invitation expired" }),
      status: 410,
      title: "Invitation expired",
      type: "invitation-expired",
    },
    {
      error: new domain.LimitExceededError("body.eventList: too many", { title: "Capture limit exceeded" }),
      status: 413,
      title: "Capture limit exceeded",
      type: "capture-limit-exceeded",
    },
    {
      error: domain.invalidField("body.value", "must be 0"),
      status: 422,
      title: "Invalid request",
      type: "invalid-request",
    },
    {
      error: new domain.ThrottledError("Try again in 30 s.", { retryAfterSeconds: 30 }),
      status: 429,
      title: "Too Many Requests",
      type: "too-many-requests",
      headers: { "retry-after": "30" },
    },
    {
      error: new domain.UnavailableError("The chain is unreachable; try again shortly.", {
        cause: new Error("ECONNREFUSED"),
      }),
      status: 503,
      title: "Service Unavailable",
      type: "service-unavailable",
    },
  ];
  for (const { error, status, title, type, headers } of cases) {
    test(`${error.name}: ${status} ${title}`, async () => {
      const app = Fastify({ logger: false });
      registerProblemDetails(app);
      app.get("/throws", async () => {
        throw error;
      });
      const response = await app.inject({ method: "GET", url: "/throws" });
      await app.close();
      assert.equal(response.statusCode, status);
      assert.equal(response.headers["content-type"], "application/problem+json; charset=utf-8");
      for (const [name, value] of Object.entries(headers ?? {})) assert.equal(response.headers[name], value);
      const problem = error as domain.DomainError;
      assert.deepEqual(response.json(), {
        type: `https://tracemark.dev/problems/${type}`,
        title,
        status,
        detail: problem.details,
        ...(problem.errors ? { errors: problem.errors } : {}),
        instance: response.json().instance,
      });
      assert.match(response.json().instance, /^urn:tracemark:request:/);
    });
  }

  test("a domain error's own type is kept (a standard's name for the problem)", async () => {
    const app = Fastify({ logger: false });
    registerProblemDetails(app);
    app.get("/throws", async () => {
      throw new domain.NotAllowedError("Verify your email first.", {
        title: "Email not verified",
        type: "email-not-verified",
      });
    });
    const response = await app.inject({ method: "GET", url: "/throws" });
    await app.close();
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().type, "email-not-verified");
    assert.equal(response.json().title, "Email not verified");
  });
});
