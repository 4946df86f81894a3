import { expect, test } from "@playwright/test";
import { verifyWebhookSignature } from "@tracemark/sdk";
import { startWebhookReceiver } from "@tracemark/testkit";
import { admitOrganization } from "../admin";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import { signUpWithOrganization } from "../journeys";

test.setTimeout(120_000);

test("Send test reaches a local receiver, signed, and shows delivered in the log; a receiver answering 500 shows failing, then Redeliver once it is fixed", async ({
  page,
}, testInfo) => {
  let down = false;
  const receiver = await startWebhookReceiver((path) => (path === "/down" && down ? 500 : 204));
  try {
    const { orgId } = await signUpWithOrganization(page, "Webhook Farm");
    await admitOrganization(orgId);

    const addHook = async (path: string) => {
      await page.goto(`/dashboard/${orgId}/webhooks`);
      const form = page.getByRole("form", { name: "Add a webhook" });
      await form.getByLabel("Endpoint URL").fill(`${receiver.url}${path}`);
      await form.getByRole("button", { name: "Add webhook" }).click();
      const shown = page.getByText(/signing secret \(shown once\): \S+/);
      await expect(shown).toBeVisible();
      return (/: (\S+)$/.exec((await shown.textContent()) ?? "") ?? [])[1] ?? "";
    };

    const secret = await addHook("/hook");
    const row = page.getByRole("row").filter({ hasText: `${receiver.url}/hook` });
    await row.getByRole("button", { name: `Send a test delivery to ${receiver.url}/hook` }).click();
    await expect(row.getByText("Test delivery queued")).toBeVisible();
    await row.getByRole("link", { name: `Delivery log of ${receiver.url}/hook` }).click();
    await expect(page.getByRole("heading", { name: "Deliveries" })).toBeVisible();
    const log = page.getByRole("table", { name: "Delivery log" });
    await expect(async () => {
      await page.reload();
      await expect(log.getByRole("row").nth(1)).toContainText("Delivered", { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(log.getByRole("row").nth(1)).toContainText("HTTP 204");
    await expectNoAccessibilityViolations(page);
    await attachScreenshot(page, testInfo, "dashboard-webhook-delivery-log");
    const [request] = receiver.received.filter((r) => r.path === "/hook");
    expect(request?.headers["tracemark-event"]).toBe("test");
    expect(
      verifyWebhookSignature({
        secret,
        body: request?.body ?? "",
        header: String(request?.headers["tracemark-signature"]),
      }),
    ).toBe(true);

    down = true;
    await addHook("/down");
    const downRow = page.getByRole("row").filter({ hasText: `${receiver.url}/down` });
    await downRow.getByRole("link", { name: `Delivery log of ${receiver.url}/down` }).click();
    await expect(page.getByRole("heading", { name: "Deliveries" })).toBeVisible();
    await page.getByRole("button", { name: "Send test" }).click();
    await expect(async () => {
      await page.reload();
      await expect(log.getByRole("row").nth(1)).toContainText("Failing, retrying", { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(log.getByRole("row").nth(1)).toContainText("HTTP 500");
    await attachScreenshot(page, testInfo, "dashboard-webhook-delivery-failing");

    // Fixed: the next retry goes through; Redeliver sends it once more, as a new delivery.
    down = false;
    await expect(async () => {
      await page.reload();
      await expect(log.getByRole("row").nth(1)).toContainText("Delivered", { timeout: 1_000 });
    }).toPass({ timeout: 60_000 });
    const first = log.getByRole("row").nth(1);
    await first.getByRole("button", { name: /^Redeliver #/ }).click();
    await expect(async () => {
      await page.reload();
      await expect(log.getByRole("row")).toHaveCount(3, { timeout: 1_000 });
      await expect(log.getByRole("row").nth(1)).toContainText("Delivered", { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    const bodies = receiver.received.filter(
      (r) => r.path === "/down" && r.headers["tracemark-event"] === "test",
    );
    expect(bodies.length).toBeGreaterThanOrEqual(3);
  } finally {
    await receiver.close();
  }
});
