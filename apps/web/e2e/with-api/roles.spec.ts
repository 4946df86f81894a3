import { expect, type Page, type TestInfo, test } from "@playwright/test";
import { attachScreenshot, expectNoAccessibilityViolations } from "../helpers";
import {
  acceptInvitation,
  addLocation,
  createProductAndLot,
  inviteByWallet,
  newGtin,
  recordEvent,
  signUp,
  signUpWithOrganization,
  unique,
} from "../journeys";
import { personWithWallet } from "../wallet";

test.setTimeout(300_000);

type Role = "viewer" | "operator";

/** Every page of an organisation's dashboard, what it is called, and what a viewer and an operator find there. */
type DashboardPage = {
  path: string;
  heading: string | RegExp;
  /** Words each role must find: the page's state, or why they cannot use it. */
  says?: Partial<Record<Role, string[]>>;
  /** Forms each role must not be offered (the API would refuse them). */
  noForms?: Partial<Record<Role, string[]>>;
  /** Forms each role must be offered. */
  forms?: Partial<Record<Role, string[]>>;
};

const viewerNav = [
  "Overview",
  "Products",
  "Lots",
  "Trace search",
  "Locations",
  "Recalls",
  "Team",
  "Privacy",
  "Exports",
];
const operatorNav = [
  "Overview",
  "Products",
  "Lots",
  "Trace search",
  "Locations",
  "Bulk import",
  "Recalls",
  "Team",
  "Privacy",
  "Exports",
];

async function expectNoErrorPage(page: Page) {
  await expect(page.getByRole("heading", { name: "This page could not be loaded" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Not found" })).toHaveCount(0);
  await expect(page.getByText("Application error")).toHaveCount(0);
  await expect(page.getByText("Internal Server Error")).toHaveCount(0);
}

async function visitAll(page: Page, role: Role, pages: DashboardPage[], testInfo: TestInfo) {
  for (const visit of pages) {
    const response = await page.goto(visit.path);
    expect(response?.status(), visit.path).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: visit.heading })).toBeVisible();
    await expectNoErrorPage(page);
    await expect(page.getByRole("navigation", { name: "Dashboard" }).getByRole("link")).toHaveText(
      role === "viewer" ? viewerNav : operatorNav,
    );
    for (const words of visit.says?.[role] ?? []) await expect(page.getByText(words).first()).toBeVisible();
    for (const form of visit.noForms?.[role] ?? [])
      await expect(page.getByRole("form", { name: form })).toHaveCount(0);
    for (const form of visit.forms?.[role] ?? [])
      await expect(page.getByRole("form", { name: form })).toBeVisible();
    if (role === "viewer") await expectNoAccessibilityViolations(page);
    const name = visit.path.split("/").slice(3).join("-") || "overview";
    await attachScreenshot(page, testInfo, `as-${role}-${name.replace(/[0-9a-f-]{36}/g, "x")}`);
  }
}

test("viewers and operators get every dashboard page whole: what they may not do is said in words", async ({
  page,
  browser,
}, testInfo) => {
  const { orgId, orgName } = await signUpWithOrganization(page, "Cooperativa Roles");
  await addLocation(page, orgId, {
    name: "Roles farm",
    city: "Huila",
    country: "CO",
    latitude: "2.535",
    longitude: "-75.527",
  });
  const lotCode = `R${unique()}`.slice(0, 20);
  const lotUrl = await createProductAndLot(page, orgId, { gtin: newGtin(), name: "Roles coffee", lotCode });
  await recordEvent(page, lotUrl, { bizStep: "commissioning", when: "2026-03-12T09:30" });
  const lotPath = new URL(lotUrl).pathname;
  const productPath = await page.getByRole("link", { name: "Roles coffee" }).getAttribute("href");
  const eventPath = await page.getByRole("link", { name: "Commissioning" }).getAttribute("href");
  await page.goto(`/dashboard/${orgId}/locations`);
  const locationPath = await page.getByRole("link", { name: "Roles farm" }).getAttribute("href");
  expect(productPath && eventPath && locationPath).toBeTruthy();

  const members = {} as Record<Role, Page>;
  for (const role of ["viewer", "operator"] as const) {
    const { page: member, wallet } = await personWithWallet(browser);
    members[role] = member;
    await inviteByWallet(page, orgId, wallet.address, role);
    await acceptInvitation(members[role], orgName);
  }

  const d = `/dashboard/${orgId}`;
  const pages: DashboardPage[] = [
    { path: d, heading: orgName, says: { viewer: ["Recent events"], operator: ["Recent events"] } },
    {
      path: `${d}/products`,
      heading: "Products",
      says: { viewer: ["Only operators, admins and owners can register products. You are a viewer"] },
      noForms: { viewer: ["Register a product"] },
      forms: { operator: ["Register a product"] },
    },
    {
      path: productPath ?? "",
      heading: "Roles coffee",
      says: { viewer: ["Only operators, admins and owners can create lots and edit products."] },
      noForms: { viewer: ["Create a lot", "Edit product"] },
      forms: { operator: ["Create a lot", "Edit product"] },
    },
    { path: `${d}/lots`, heading: "Lots", says: { viewer: [lotCode], operator: [lotCode] } },
    {
      path: lotPath,
      heading: `Lot ${lotCode}`,
      says: {
        viewer: [
          "Only admins and owners can declare or lift recalls. You are a viewer",
          "Only operators, admins and owners can edit lots and register serialised items.",
        ],
        operator: ["Only admins and owners can declare or lift recalls. You are an operator"],
      },
      noForms: { viewer: ["Declare recall", "Edit lot", "Register serials"], operator: ["Declare recall"] },
      forms: { operator: ["Edit lot", "Register serials"] },
    },
    { path: `${lotPath}/labels`, heading: "QR labels", forms: { viewer: ["Choose labels"] } },
    {
      path: `${lotPath}/events/new`,
      heading: "Record an event",
      says: { viewer: ["Only operators, admins and owners can record events. You are a viewer"] },
      noForms: { viewer: ["Record an event"] },
      forms: { operator: ["Record an event"] },
    },
    {
      path: eventPath ?? "",
      heading: "Commissioning",
      says: { viewer: ["Only operators, admins and owners can correct events."] },
      noForms: { viewer: ["Correct this event"] },
      forms: { operator: ["Correct this event"] },
    },
    {
      path: `${d}/locations`,
      heading: "Locations",
      says: { viewer: ["Only operators, admins and owners can add or edit locations."] },
      noForms: { viewer: ["Add a location"] },
      forms: { operator: ["Add a location"] },
    },
    {
      path: locationPath ?? "",
      heading: "Roles farm",
      says: {
        viewer: ["Huila, CO", "2.535, -75.527", "Only operators, admins and owners can edit locations."],
      },
      noForms: { viewer: ["Edit location"] },
      forms: { operator: ["Edit location"] },
    },
    {
      path: `${d}/import`,
      heading: "Bulk import",
      says: { viewer: ["Only operators, admins and owners can import. You are a viewer"] },
    },
    {
      path: `${d}/recalls`,
      heading: "Recalls",
      says: { viewer: ["No recalls."], operator: ["Admins and owners declare or lift a recall"] },
    },
    {
      path: `${d}/team`,
      heading: "Team",
      says: {
        viewer: ["Only admins and owners can change the team. You are a viewer"],
        operator: ["Only admins and owners can change the team. You are an operator"],
      },
      noForms: { viewer: ["Invite a member"], operator: ["Invite a member"] },
    },
    {
      path: `${d}/api-keys`,
      heading: "API keys",
      says: {
        viewer: ["Only admins and owners can see and manage API keys. You are a viewer"],
        operator: ["Only admins and owners can see and manage API keys. You are an operator"],
      },
      noForms: { viewer: ["Create an API key"], operator: ["Create an API key"] },
    },
    {
      path: `${d}/webhooks`,
      heading: "Webhooks",
      says: {
        viewer: ["Only admins and owners can see and manage webhooks. You are a viewer"],
        operator: ["Only admins and owners can see and manage webhooks. You are an operator"],
      },
      noForms: { viewer: ["Add a webhook"], operator: ["Add a webhook"] },
    },
    {
      path: `${d}/exports`,
      heading: "Exports",
      forms: { viewer: ["Export period"], operator: ["Export period"] },
    },
    {
      path: `${d}/audit-trail`,
      heading: "Audit trail",
      says: {
        viewer: ["Only owners can read the audit trail. You are a viewer"],
        operator: ["Only owners can read the audit trail. You are an operator"],
      },
      noForms: { viewer: ["Filter the audit trail"], operator: ["Filter the audit trail"] },
    },
  ];

  await visitAll(members.viewer, "viewer", pages, testInfo);
  await visitAll(members.operator, "operator", pages, testInfo);

  // An address that names nothing in the organisation, or an organisation they are not in, is "Not found".
  const viewer = members.viewer;
  for (const path of [
    `${d}/lots/00000000-0000-4000-8000-000000000000`,
    `${d}/products/not-an-id`,
    `${d}/events/00000000-0000-4000-8000-000000000000`,
  ]) {
    await viewer.goto(path);
    await expect(viewer.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
    await expect(viewer.getByRole("navigation", { name: "Dashboard" })).toBeVisible();
  }
  await expectNoAccessibilityViolations(viewer);
  await attachScreenshot(viewer, testInfo, "dashboard-not-found");
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await signUp(stranger, "Dee Stranger");
  await stranger.goto(`${d}/lots`);
  await expect(stranger.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expect(stranger.getByText(lotCode)).toHaveCount(0);
  await strangerContext.close();
  for (const member of Object.values(members)) await member.context().close();
});
