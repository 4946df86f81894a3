import { expect, test } from "@playwright/test";
import { admitOrganization } from "../admin";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import {
  createProductAndLot,
  growerShipsToRoaster,
  newGtin,
  otherCompany,
  recordEvent,
  registerProduct,
  signUpWithOrganization,
  unique,
} from "../journeys";

test.setTimeout(240_000);

// A lot's link is named by its lines (product and lot, organisation, "Recalled"), which the
// accessible name joins with a space before the hidden punctuation between them: `\s*,`.

test("a roaster blends its own lot and a received lot in the guided form; the trace shows both inputs, the blend, the partners by name, the recalled input in red, and each lot opens", async ({
  page,
  browser,
}, testInfo) => {
  // The grower ships its lot to the roaster, who receives it.
  const { grower, roasterContext, roaster, roasterName, roasterOrg } = await growerShipsToRoaster(
    page,
    browser,
  );

  // The roaster's own robusta, and the blend it makes of both.
  const robustaLot = `RB${unique()}`.slice(0, 20);
  const [robustaGtin, blendGtin] = [newGtin(), newGtin()];
  const robustaUrl = await createProductAndLot(roaster, roasterOrg, {
    gtin: robustaGtin,
    name: "Robusta beans",
    lotCode: robustaLot,
  });
  await registerProduct(roaster, roasterOrg, { gtin: blendGtin, name: "House blend, 1 kg" });
  await roaster.goto(robustaUrl);
  await roaster.getByRole("link", { name: "Make into another lot" }).click();
  const form = roaster.getByRole("form", { name: "Record a transformation" });
  await expect(form.getByLabel(`Use of lot ${robustaLot} of Robusta beans`)).toHaveValue("input");
  const arabica = `lot ${grower.lotCode} of Single-origin coffee, 1 kg`;
  await form.getByLabel(`Use of ${arabica}`).selectOption("input");
  await form.getByLabel(`Quantity of ${arabica}`).fill("60");
  await form.getByLabel(`Unit of ${arabica}`).fill("KGM");
  await form.getByLabel(`Quantity of lot ${robustaLot} of Robusta beans`).fill("40");
  await form.getByLabel("When").fill("2026-04-12T09:00");

  // A lot code the product already has is said in words, naming it; nothing is recorded.
  await form
    .getByRole("combobox", { name: /^Product/ })
    .selectOption({ label: `Robusta beans (${robustaGtin})` });
  await form.getByLabel("Lot code").fill(robustaLot);
  await form.getByRole("button", { name: "Record transformation" }).click();
  await expect(form.getByRole("alert")).toHaveText(
    `Robusta beans already has a lot ${robustaLot}: mark that lot “Came out”, or give the new lot another code.`,
  );

  const blendLot = `BL${unique()}`.slice(0, 20);
  await form
    .getByRole("combobox", { name: /^Product/ })
    .selectOption({ label: `House blend, 1 kg (${blendGtin})` });
  await form.getByLabel("Lot code").fill(blendLot);
  await form.getByLabel("Quantity made").fill("98");
  await form.getByLabel("Unit", { exact: true }).fill("KGM");
  await form.getByRole("button", { name: "Record transformation" }).click();
  await expect(roaster.getByRole("heading", { name: `Lot ${blendLot}` })).toBeVisible();
  const blendUrl = roaster.url();

  // The blend goes to a distributor; the grower recalls its lot.
  const distributor = await otherCompany(browser, "Distributor");
  await recordEvent(roaster, blendUrl, {
    bizStep: "shipping",
    when: "2026-04-13T08:00",
    shipToGln: distributor.gln,
  });
  await page.goto(grower.lotUrl);
  const recall = page.getByRole("form", { name: "Declare recall" });
  await recall.getByLabel("Reason shown to shoppers").fill("Mould found in a retained sample.");
  await recall.getByRole("button", { name: "Declare recall" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Declare recall" }).click();
  await expect(page.getByText("Recalled since")).toBeVisible();

  // The blend's trace: both inputs upstream, the hand-overs named, the recalled input red and in words.
  await roaster.goto(blendUrl);
  const graph = roaster.getByTestId("trace-graph");
  const arabicaNode = graph.getByRole("link", {
    name: new RegExp(`lot ${grower.lotCode}\\s*, ${grower.orgName}\\s*\\. Recalled`),
  });
  await expect(arabicaNode).toBeVisible();
  await expect(arabicaNode).toHaveAttribute("data-recalled", "true");
  await expect(arabicaNode).toContainText("Recalled");
  expect(await arabicaNode.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe("rgb(204, 42, 48)");
  await expect(
    graph.getByRole("link", { name: new RegExp(`^Robusta beans, lot ${robustaLot}\\s*, ${roasterName}$`) }),
  ).toBeVisible();
  await expect(
    graph.getByRole("link", {
      name: new RegExp(`^House blend, 1 kg, lot ${blendLot}\\s*, ${roasterName} \\(this lot\\)$`),
    }),
  ).toBeVisible();
  await expect(graph.getByRole("note", { name: `On its way to ${distributor.orgName}` })).toBeVisible();
  await expect(graph.getByRole("note", { name: `Received by ${roasterName}` })).toBeVisible();
  const boxes = Object.fromEntries(
    await Promise.all(
      [
        ["arabica", arabicaNode],
        ["blend", graph.locator("[data-root]")],
        ["distributor", graph.getByRole("note", { name: `On its way to ${distributor.orgName}` })],
      ].map(async ([name, locator]) => [name, (await (locator as typeof arabicaNode).boundingBox())?.x ?? 0]),
    ),
  );
  expect(boxes.arabica).toBeLessThan(boxes.blend);
  expect(boxes.blend).toBeLessThan(boxes.distributor);
  await expectNoAccessibilityViolations(roaster);
  await attachScreenshot(roaster, testInfo, "dashboard-trace-graph");

  // A lot opens from the graph, with the keyboard.
  await arabicaNode.focus();
  await roaster.keyboard.press("Enter");
  await expect(roaster.getByRole("heading", { name: `Lot ${grower.lotCode}` })).toBeVisible();
  await Promise.all([roasterContext.close(), distributor.context.close()]);
});

test("a trace of 200 lots starts grouped by organisation and step, and each group opens", async ({
  page,
  baseURL,
}) => {
  const { orgId } = await signUpWithOrganization(page, "Mill");
  await admitOrganization(orgId);
  const api = async <T>(path: string, data: unknown): Promise<T> => {
    const response = await page.request.post(`/api/v1/orgs/${orgId}${path}`, {
      data,
      headers: { origin: baseURL ?? "" },
    });
    expect(response.status(), await response.text()).toBeLessThan(300);
    return (await response.json()) as T;
  };
  const product = await api<{ id: string }>("/products", { gtin: newGtin(), name: "Flour" });
  const lot = (lotCode: string) => api<{ id: string }>(`/products/${product.id}/lots`, { lotCode });
  const root = await lot("ROOT");
  // Upstream: 50 lots milled into the root, 49 more into the first of them; downstream: 100 made of it.
  const first = await Promise.all(Array.from({ length: 50 }, (_, i) => lot(`UP1-${i}`)));
  const second = await Promise.all(Array.from({ length: 49 }, (_, i) => lot(`UP2-${i}`)));
  const transform = (at: string, inputs: { id: string }[], outputs: Record<string, unknown>[]) =>
    api("/events", {
      type: "transformation",
      eventTime: `2026-05-0${at}T08:00:00.000Z`,
      inputs: inputs.map((l) => ({ lot: { id: l.id } })),
      outputs,
    });
  await transform("1", second, [{ lot: { id: first[0]?.id } }]);
  await transform("2", first, [{ lot: { id: root.id } }]);
  await transform(
    "3",
    [root],
    Array.from({ length: 100 }, (_, i) => ({ newLot: { productId: product.id, lotCode: `DOWN-${i}` } })),
  );

  await page.goto(`/dashboard/${orgId}/lots/${root.id}`);
  const graph = page.getByTestId("trace-graph");
  const groups = graph.getByRole("button", { expanded: false });
  await expect(groups).toHaveCount(3);
  await expect(graph.getByRole("link")).toHaveCount(1);
  await expect(graph.getByRole("button", { name: /100 lots downstream/ })).toBeVisible();
  await graph.getByRole("button", { name: /50 lots upstream/ }).click();
  await expect(graph.getByRole("link")).toHaveCount(51);
  const opened = graph.getByRole("link", { name: /^Flour, lot UP1-7\s*,/ });
  await opened.focus();
  await expect(opened).toBeFocused();
  await page.getByRole("button", { name: "Show every lot" }).click();
  await expect(graph.getByRole("link")).toHaveCount(200);
  await page.getByRole("button", { name: "Group by organisation" }).click();
  await expect(graph.getByRole("button", { expanded: false })).toHaveCount(3);
});
