import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Page, test } from "@playwright/test";
import { signUp } from "../journeys";
import { e2eStack } from "../stack";

test.setTimeout(120_000);

/** A page on another port of the same host (the same site, so the session cookie goes along). */
async function startAttackerSite(
  pages: Record<string, string>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    response.end(pages[request.url ?? ""] ?? "<!doctype html><title>nothing</title>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A page that posts a form to `action` as soon as it loads, as a CSRF attack does. */
function autoPost(action: string, enctype: string, fields: Record<string, string>): string {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${value}">`)
    .join("");
  return `<!doctype html><title>win a prize</title><form method="POST" action="${action}" enctype="${enctype}">${inputs}</form><script>document.forms[0].submit()</script>`;
}

/** Checks the session in a page of its own: the attacker's form may still be navigating the other one. */
async function expectStillSignedIn(page: Page) {
  const check = await page.context().newPage();
  await check.goto("/dashboard");
  await expect(check.getByRole("heading", { name: "Create your organisation" })).toBeVisible();
  await check.close();
}

test("a page on another port cannot sign the visitor out: not through a server action, the /api/v1 proxy or the API", async ({
  page,
  baseURL,
}) => {
  const { ports } = await e2eStack();
  await signUp(page);
  // The sign-out button's server action, as anyone can read it from the page's HTML (it works without JavaScript).
  const html = await (await page.request.get("/account")).text();
  const signOutForm =
    html.split("<form").find((form) => form.split("</form>")[0]?.includes(">Sign out<")) ?? "";
  const actionFields = [
    ...signOutForm.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g),
  ].map(([, name, value]) => [name ?? "", value ?? ""]);
  expect(actionFields.some(([name]) => name?.startsWith("$ACTION_ID_"))).toBe(true);

  const attacker = await startAttackerSite({
    "/action": autoPost(`${baseURL}/account`, "multipart/form-data", Object.fromEntries(actionFields)),
    "/proxy": autoPost(`${baseURL}/api/v1/auth/logout`, "text/plain", { x: "y" }),
    "/api": autoPost(`http://127.0.0.1:${ports.api}/auth/logout`, "text/plain", { x: "y" }),
  });
  try {
    for (const path of ["/action", "/proxy", "/api"]) {
      const answered = page.waitForResponse((response) => response.request().method() === "POST");
      await page.goto(`${attacker.url}${path}`, { waitUntil: "commit" });
      const response = await answered;
      expect(response.status(), `${path}: ${response.url()}`).toBeGreaterThanOrEqual(400);
      await expectStillSignedIn(page);
    }
  } finally {
    await attacker.close();
  }

  // The same button on our own page does sign out.
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin$/);
});
