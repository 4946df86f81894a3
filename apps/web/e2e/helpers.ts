import { copyFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";
import { repoRoot } from "./stack";

/**
 * Keeps a full-page screenshot in the test's output, attached to its report entry. Taken from the
 * top of the page: scrolled, the sticky header would be drawn across the middle of it.
 */
export async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

/**
 * `attachScreenshot`, and, with README_SCREENSHOTS=1, also kept as `docs/screenshots/<name>.png`,
 * which the README shows (run the spec with it set to refresh them).
 */
export async function readmeScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await attachScreenshot(page, testInfo, name);
  if (process.env.README_SCREENSHOTS === "1")
    copyFileSync(testInfo.outputPath(`${name}.png`), path.join(repoRoot, "docs/screenshots", `${name}.png`));
}

/** Fails on any WCAG 2.1 A/AA violation axe finds on the page as it is now, colour contrast included. */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(violations).toEqual([]);
}

/** The status panel on the landing page, found the way a screen reader user finds it. */
export function statusSection(page: Page) {
  return page.getByRole("region", { name: "System status" });
}

/** One row of the status panel: its name, state and detail, in that order. */
export function statusRow(page: Page, name: "API" | "Database" | "Chain") {
  return statusSection(page)
    .getByRole("listitem")
    .filter({ has: page.getByText(name, { exact: true }) });
}
