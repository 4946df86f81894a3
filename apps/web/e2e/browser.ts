import { devices, type PlaywrightTestConfig } from "@playwright/test";

/** Chromium from Debian (never downloaded), and what every e2e stack keeps of a failed test. */
export const chromium: PlaywrightTestConfig["use"] = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  },
  trace: "retain-on-failure",
  screenshot: "only-on-failure",
};
