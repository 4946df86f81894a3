import { expect, test } from "@playwright/test";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";

test("GET /api/health answers that the web app is up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});

test("a GS1 Digital Link whose key is no GTIN is a 400 naming the problem, without asking the API", async ({
  request,
}) => {
  const response = await request.get("/01/does-not-exist", { headers: { accept: "application/json" } });
  expect(response.status()).toBe(400);
  expect((await response.json()).title).toBe("Malformed GS1 Digital Link");
});

test("an unknown address gets a readable 404 page", async ({ page }, testInfo) => {
  const response = await page.goto("/no-such-page/here");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
  await attachScreenshot(page, testInfo, "not-found");
});

test("pages are sent with protective headers", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("a dashboard whose API does not answer says so in words and offers to try again", async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  // A session cookie, so the dashboard asks the API who this is (and finds it unreachable).
  await context.addCookies([{ name: "tm_session", value: "any-session", url: baseURL ?? "" }]);
  for (const path of ["/dashboard", "/dashboard/00000000-0000-4000-8000-000000000000/lots"]) {
    await page.goto(path);
    const failed = page.getByRole("heading", { level: 1, name: "This page could not be loaded" });
    await expect(failed).toBeVisible();
    await expect(failed).toBeFocused();
    await expect(page.getByText("the API may be restarting or out of reach")).toBeVisible();
    await expect(page.getByText("Application error")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Go to the dashboard" })).toHaveAttribute(
      "href",
      "/dashboard",
    );
    await page.getByRole("button", { name: "Try again" }).click();
    // Still unreachable: the same words, not a crash.
    await expect(failed).toBeVisible();
  }
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-api-unreachable");
});
