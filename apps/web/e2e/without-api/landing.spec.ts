import { expect, test } from "@playwright/test";
import { attachScreenshot, expectNoAccessibilityViolations, statusRow, statusSection } from "../helpers";

test.describe("landing page while the API is down", () => {
  test("says what Tracemark is and that the API is unreachable", async ({ page }, testInfo) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);

    await expect(page).toHaveTitle(/Tracemark/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Every product’s journey, on a record anyone can check.",
    );
    await expect(page.getByRole("banner").getByText("Tracemark", { exact: true })).toBeVisible();

    const status = statusSection(page);
    await expect(status.getByText("API unreachable", { exact: true })).toBeVisible();
    await expect(statusRow(page, "API")).toContainText("Unreachable");
    await expect(statusRow(page, "API")).toContainText("connection refused");
    await expect(statusRow(page, "Database")).toContainText("Unknown");
    await expect(statusRow(page, "Chain")).toContainText("Unknown");

    await attachScreenshot(page, testInfo, "landing-api-unreachable");
  });

  test("every section link of the navigation leads to a section on the page", async ({ page }) => {
    await page.goto("/");
    const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
    await expect(links).toHaveText([
      "How it works",
      "Who it’s for",
      "Standards",
      "Status",
      "Dashboard",
      "Auditors",
    ]);

    await expect(links.filter({ hasText: "Dashboard" })).toHaveAttribute("href", "/dashboard");
    await expect(links.filter({ hasText: "Auditors" })).toHaveAttribute("href", "/auditor");
    for (const link of (await links.all()).slice(0, 4)) {
      const href = await link.getAttribute("href");
      const id = href?.split("#")[1];
      expect(id, `${href} names a section`).toBeTruthy();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`#${id}$`));
      await expect(page.locator(`section[id="${id}"]`)).toBeInViewport();
    }
  });

  test("a keyboard user can skip straight to the content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skipLink = page.getByRole("link", { name: "Skip to content" });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`meets WCAG 2.1 AA in the ${colorScheme} scheme`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/");
      await expect(statusSection(page).getByText("API unreachable", { exact: true })).toBeVisible();
      await expectNoAccessibilityViolations(page);
      await attachScreenshot(page, testInfo, `landing-${colorScheme}`);
    });
  }

  test("fits a phone screen without sideways scrolling", async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto("/");
    await expect(statusSection(page).getByText("API unreachable", { exact: true })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await attachScreenshot(page, testInfo, "landing-phone");
  });
});
