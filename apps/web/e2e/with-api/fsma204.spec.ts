import { expect, type Page, test } from "@playwright/test";
import { admitOrganization } from "../admin";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import { downloadText, newGtin, openExports, recordEvent, signUpWithOrganization, unique } from "../journeys";

test.setTimeout(150_000);

async function addLocation(page: Page, orgId: string, fields: Record<string, string>) {
  await page.goto(`/dashboard/${orgId}/locations`);
  const form = page.getByRole("form", { name: "Add a location" });
  for (const [label, value] of Object.entries(fields))
    await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole("button", { name: "Add location" }).click();
  await expect(page.getByRole("cell", { name: fields.Name })).toBeVisible();
}

async function productWithLot(page: Page, orgId: string, name: string, commodity: string, lotCode: string) {
  await page.goto(`/dashboard/${orgId}/products`);
  const form = page.getByRole("form", { name: "Register a product" });
  await form.getByLabel("GTIN").fill(newGtin());
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Commodity (FSMA 204)").fill(commodity);
  await form.getByLabel("Variety").fill(commodity.startsWith("Romaine") ? "Green Forest" : "");
  await form.getByRole("button", { name: "Register product" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const lotForm = page.getByRole("form", { name: "Create a lot" });
  await lotForm.getByLabel("Lot code").fill(lotCode);
  await lotForm.getByRole("button", { name: "Create lot" }).click();
  await expect(page.getByRole("heading", { name: `Lot ${lotCode}` })).toBeVisible();
  return page.url();
}

test("a grower records harvesting, cooling and first land-based receiving on the guided form; the FSMA 204 export holds their KDEs", async ({
  page,
}, testInfo) => {
  const { orgId, orgName } = await signUpWithOrganization(page, "Salinas Greens");
  await admitOrganization(orgId);
  await addLocation(page, orgId, {
    Name: "Ranch 4",
    City: "Salinas",
    "Country (ISO code)": "US",
    Phone: "+1 831 555 0100",
    "Field or growing area (produce)": "Block 12",
  });
  await addLocation(page, orgId, {
    Name: "Vacuum cooler",
    City: "Salinas",
    "Country (ISO code)": "US",
    Phone: "+1 831 555 0110",
  });
  await addLocation(page, orgId, {
    Name: "Hilo dock",
    City: "Hilo",
    "Country (ISO code)": "US",
    Phone: "+1 808 555 0130",
  });
  const romaine = `H${unique()}`.slice(0, 20);
  const tuna = `YF${unique()}`.slice(0, 20);
  const romaineUrl = await productWithLot(
    page,
    orgId,
    "Romaine lettuce, field run",
    "Romaine lettuce",
    romaine,
  );
  const tunaUrl = await productWithLot(page, orgId, "Yellowfin tuna, whole", "Yellowfin tuna", tuna);

  // Harvesting: the farm, the next recipient, the harvest ticket.
  await page.goto(`${romaineUrl}/events/new`);
  let form = page.getByRole("form", { name: "Record an event" });
  await form.getByLabel("Business step").selectOption({ label: "Harvesting" });
  await form.getByLabel("When").fill("2026-03-12T06:00");
  await form.getByLabel("Where").selectOption({ label: "Ranch 4 (Salinas)" });
  await form.getByLabel("Quantity", { exact: true }).fill("2000");
  await form.getByLabel("Unit", { exact: true }).fill("KGM");
  await form.getByText("Receiving, shipping, readings and documents").click();
  await form
    .getByLabel("Sent on to (one of your locations)")
    .selectOption({ label: "Vacuum cooler (Salinas)" });
  await form.getByLabel("Reference document type").selectOption({ label: "Despatch advice" });
  await form.getByLabel("Reference document number").fill("HT-100");
  await form.getByText("Harvest, cooling and landing details (FSMA 204)").click();
  await expect(form.getByLabel("Field or growing area", { exact: true })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await attachScreenshot(page, testInfo, "dashboard-event-harvesting");
  await form.getByRole("button", { name: "Record event" }).click();
  await page.waitForURL(romaineUrl);
  await expect(page.getByText("Harvesting").first()).toBeVisible();

  // Cooling.
  await recordEvent(page, romaineUrl, {
    bizStep: "Cooling (before initial packing)",
    when: "2026-03-12T10:00",
    location: "Vacuum cooler (Salinas)",
    quantity: "2000",
  });

  // First land-based receiving: the trip's dates and fishing area; a bad number is refused first.
  await page.goto(`${tunaUrl}/events/new`);
  form = page.getByRole("form", { name: "Record an event" });
  await form
    .getByLabel("Business step")
    .selectOption({ label: "First land-based receiving (from a fishing vessel)" });
  await form.getByLabel("When").fill("2026-03-09T05:00");
  await form.getByLabel("Where").selectOption({ label: "Hilo dock (Hilo)" });
  await form.getByLabel("Quantity", { exact: true }).fill("300");
  await form.getByLabel("Unit", { exact: true }).fill("KGM");
  await form.getByText("Harvest, cooling and landing details (FSMA 204)").click();
  await form.getByLabel("Harvest date", { exact: true }).fill("2026-03-02");
  await form.getByLabel("Harvest end date (fishing trip)").fill("2026-03-07");
  await form
    .getByLabel("Fishing area (FAO area, NMFS code or coordinates)")
    .fill("FAO Major Fishing Area 77");
  await form.getByLabel("Harvester phone").fill("call the boat");
  await form.getByRole("button", { name: "Record event" }).click();
  await expect(form.getByRole("alert")).toContainText("Harvester phone must be a phone number");
  await form.getByLabel("Harvester phone").fill("+1 808 555 0199");
  await form.getByRole("button", { name: "Record event" }).click();
  await page.waitForURL(tunaUrl);
  await expect(page.getByText("First land-based receiving").first()).toBeVisible();

  // Sprouts: the seed KDEs of 21 CFR 1.1330(b) are offered for sprouts only, and exported.
  const sprouts = `AS${unique()}`.slice(0, 20);
  const sproutsUrl = await productWithLot(page, orgId, "Alfalfa sprouts, 4 oz", "Alfalfa sprouts", sprouts);
  const seedsSection = "Seeds of the sprouts (FSMA 204, 21 CFR 1.1330(b))";
  await page.goto(`${romaineUrl}/events/new`);
  await expect(page.getByText("Harvest, cooling and landing details (FSMA 204)")).toBeVisible();
  await expect(page.getByText(seedsSection)).toHaveCount(0);
  await page.goto(`${sproutsUrl}/events/new`);
  form = page.getByRole("form", { name: "Record an event" });
  await form.getByLabel("Business step").selectOption({ label: "Initial packing (assigns the lot code)" });
  await form.getByLabel("When").fill("2026-03-20T08:00");
  await form.getByLabel("Where").selectOption({ label: "Vacuum cooler (Salinas)" });
  await form.getByLabel("Quantity", { exact: true }).fill("600");
  await form.getByLabel("Unit", { exact: true }).fill("EA");
  await expect(form.getByText(seedsSection)).toBeVisible();
  await form.getByLabel("Seed supplier (name, address, phone)").fill("Sprout Seed Supply, San Francisco");
  await form.getByLabel("Supplier's seed lot code (master lot and sub-lot)").fill("M-2291/S-04");
  await form.getByLabel("Date you received the seeds").fill("2026-03-02");
  await expectNoAccessibilityViolations(page);
  await form.getByRole("button", { name: "Record event" }).click();
  await page.waitForURL(sproutsUrl);

  await openExports(page, orgId, "2026-03-01", "2026-03-31");
  const lines = (await downloadText(page, "FSMA 204 (CSV)")).trim().split("\r\n");
  const header = lines[0]?.split(",") ?? [];
  const cell = (line: string | undefined, column: string) => {
    // Quoted fields may hold commas: split on commas outside quotes.
    const fields = (line ?? "").match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [];
    return (fields[header.indexOf(column)] ?? "").replace(/,$/, "").replace(/^"|"$/g, "");
  };
  const row = (cte: string) => lines.find((l) => l.startsWith(`${cte},`));
  expect(lines.map((l) => l.split(",")[0]).slice(1)).toEqual([
    "First Land-Based Receiving",
    "Harvesting",
    "Cooling",
    "Initial Packing",
  ]);
  const harvest = row("Harvesting");
  expect(cell(harvest, "Commodity")).toBe("Romaine lettuce");
  expect(cell(harvest, "Variety")).toBe("Green Forest");
  expect(cell(harvest, "Field or Growing Area Name")).toBe("Block 12");
  expect(cell(harvest, "Harvester Business Name")).toBe(orgName);
  expect(cell(harvest, "Harvester Phone Number")).toBe("'+1 831 555 0100");
  expect(cell(harvest, "Immediate Subsequent Recipient Location Description")).toContain("Vacuum cooler");
  expect(cell(harvest, "Reference Document Type")).toBe("Despatch Advice");
  expect(cell(harvest, "Reference Document Number")).toBe("HT-100");
  expect(cell(harvest, "Event Date")).toBe("2026-03-12");
  const cooling = row("Cooling");
  expect(cell(cooling, "Cooling Location Description")).toContain("Vacuum cooler");
  expect(cell(cooling, "Cooling Date")).toBe("2026-03-12");
  const landing = row("First Land-Based Receiving");
  expect(cell(landing, "Traceability Lot Code")).toBe(tuna);
  expect(cell(landing, "Harvest Date")).toBe("2026-03-02/2026-03-07");
  expect(cell(landing, "Harvest Area (Fishing)")).toBe("FAO Major Fishing Area 77");
  expect(cell(landing, "Traceability Lot Code Source Location Description")).toContain("Hilo dock");
  const packing = row("Initial Packing");
  expect(cell(packing, "Traceability Lot Code")).toBe(sprouts);
  expect(cell(packing, "Seed Supplier Location Description")).toBe("Sprout Seed Supply, San Francisco");
  expect(cell(packing, "Seed Supplier Lot Code")).toBe("M-2291/S-04");
  expect(cell(packing, "Seed Receipt Date")).toBe("2026-03-02");
  expect(cell(packing, "KDE Paragraphs")).toBe("21 CFR 1.1330(a); 21 CFR 1.1330(b)");
  await attachScreenshot(page, testInfo, "dashboard-exports-fsma204");
});
