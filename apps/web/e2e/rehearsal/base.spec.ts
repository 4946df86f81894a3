import { expect, test } from "@playwright/test";
import { canonicalEas } from "../../../../scripts/lib/canonicalEas.ts";
import { auditorAskedToAudit, signAttestation } from "../auditing";
import { attachScreenshot, statusRow } from "../helpers";
import { supplierWithLot } from "../journeys";

test.setTimeout(180_000);

const base = canonicalEas(8453);

test("the web app and the API run on chain 8453 with Base's canonical EAS, by configuration only", async ({
  page,
}) => {
  const deployment = await (await page.request.get("/api/v1/deployment")).json();
  expect(deployment).toMatchObject({
    chainId: 8453,
    easNetwork: "base",
    contracts: { EAS: { address: base?.eas }, SchemaRegistry: { address: base?.schemaRegistry } },
  });
  await page.goto("/");
  await expect(statusRow(page, "Chain")).toContainText("Operational");
  await expect(statusRow(page, "Chain")).toContainText("Chain 8453");
});

test("capture, anchor, public page and Verify in the browser on chain 8453", async ({ page }, testInfo) => {
  // Captured through the dashboard's guided form: two steps of a lot.
  const { publicPath } = await supplierWithLot(page);
  await page.context().clearCookies();
  await page.goto(publicPath);
  const journey = page.getByRole("region", { name: "Its journey" });
  await expect(journey.getByRole("listitem")).toHaveCount(2);
  // The submitter process anchors them, the indexer process sees the anchor: "Sealed".
  await expect(async () => {
    await page.reload();
    await expect(journey.getByText("Sealed", { exact: true })).toHaveCount(2, { timeout: 1_000 });
  }).toPass({ timeout: 90_000 });
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("verify-summary")).toContainText(
    "Verified: all 2 steps match the blockchain",
  );
  await attachScreenshot(page, testInfo, "rehearsal-verified");
});

test("an auditor signs an attestation in the browser, relayed to Base's canonical EAS", async ({
  page,
  browser,
}, testInfo) => {
  const { auditor, auditorContext, auditorName, lotCode, publicPath } = await auditorAskedToAudit(
    page,
    browser,
  );
  await auditor.goto("/auditor");
  await auditor.getByRole("link", { name: lotCode }).click();
  await signAttestation(auditor, "Rainforest Alliance certified farm");

  // The submitter relays it through the canonical EAS; the indexer reads its Attested log there.
  const mine = auditor.getByRole("region", { name: "Your attestations" });
  await expect(async () => {
    await auditor.goto("/auditor");
    await expect(mine.getByText("On chain", { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 90_000 });
  await attachScreenshot(auditor, testInfo, "rehearsal-attested");

  await page.context().clearCookies();
  await page.goto(publicPath);
  const attestations = page.getByRole("region", { name: "Checked by auditors" });
  await expect(attestations).toContainText("Rainforest Alliance certified farm");
  await expect(attestations).toContainText(auditorName);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("verify-summary")).toBeVisible();
  await expect(page.getByText("This attestation could not be confirmed.")).toHaveCount(0);
  await auditorContext.close();
});
