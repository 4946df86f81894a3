import { computeCheckDigit } from "@tracemark/sdk";
import { demoStory } from "../../apps/web/src/lib/demo/demoStory.ts";
import { callApi as api } from "./callApi.ts";

/** The demo accounts `npm start` creates, printed when it starts. */
export const demoAccounts = {
  admin: { email: "admin@demo.tracemark.local", password: "tracemark-admin-demo" },
  grower: { email: "grower@demo.tracemark.local", password: "tracemark-grower-demo" },
  distributor: { email: "distributor@demo.tracemark.local", password: "tracemark-distributor-demo" },
} as const;

/** GS1's own example GTIN and lot, as in the Digital Link standard: /01/09506000134352/10/ABC123. */
export const demoProduct = { gtin: demoStory.product.gtin, lot: demoStory.product.lot } as const;
const { places, steps } = demoStory;

/**
 * The recall story: the grower's lot ABC124 of the same apples, shipped to the distributor, who made
 * apple sauce of it; the grower recalls ABC124, and the sauce's consumer page names it.
 */
export const demoRecall = {
  recalledLot: "ABC124",
  derived: { gtin: gtinOf("0950600013437"), lot: "SAUCE-2610" },
} as const;

function gtinOf(thirteenDigits: string) {
  return `${thirteenDigits}${computeCheckDigit(thirteenDigits)}`;
}

const gln = (twelveDigits: string) => `${twelveDigits}${computeCheckDigit(twelveDigits)}`;

type Session = { cookie: string };

async function postAccount(base: string, path: string, account: { email: string; password: string }) {
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(account),
  });
  if (!response.ok)
    throw new Error(`${path} ${account.email} → ${response.status}: ${await response.text()}`);
  return response;
}

/** Opens the link of the verification mail a new account was sent (read from the local mail sink). */
export type VerifyEmail = (email: string) => Promise<string>;

/** Signs in, after signing up and verifying the email when `verify` is given (sign-up opens no session). */
async function signIn(
  base: string,
  account: { email: string; password: string },
  verify?: VerifyEmail,
): Promise<Session> {
  if (verify) {
    await postAccount(base, "/auth/signup", account);
    const token = await verify(account.email);
    const verified = await fetch(`${base}/auth/verify-email`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token }),
    });
    if (!verified.ok)
      throw new Error(`verifying ${account.email} → ${verified.status}: ${await verified.text()}`);
  }
  const response = await postAccount(base, "/auth/login", account);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("tm_session="));
  if (!cookie) throw new Error("no session cookie");
  return { cookie: cookie.split(";")[0] ?? "" };
}

/**
 * Fills an empty Tracemark with a small, realistic story through the real API (so every rule
 * and outbox applies): a grower and a distributor (signed up, emails verified by `verifyEmail`), admitted; the grower's orchard, packhouse and
 * product with lot ABC123; harvest, packing and shipping events (the shipment's purchase order and
 * quantity not public: the grower's disclosure settings); the distributor receives the lot. Then `demoRecall`: a second lot shipped and received, made into the distributor's apple
 * sauce, and recalled by the grower. Does nothing when the demo organisations exist already. Returns whether it seeded.
 */
export async function seedDemo(apiUrl: string, verifyEmail: VerifyEmail): Promise<boolean> {
  const admin = await signIn(apiUrl, demoAccounts.admin);
  const existing = await api<{ items: { name: string }[] }>(
    apiUrl,
    admin,
    "GET",
    `/admin/organizations?q=${encodeURIComponent(demoStory.grower)}`,
  );
  if (existing.items.some((org) => org.name === demoStory.grower)) return false;

  const grower = await signIn(apiUrl, demoAccounts.grower, verifyEmail);
  const distributor = await signIn(apiUrl, demoAccounts.distributor, verifyEmail);
  const growerOrg = await api<{ id: string }>(apiUrl, grower, "POST", "/orgs", {
    name: demoStory.grower,
    gln: gln("950600013001"),
  });
  const distributorOrg = await api<{ id: string }>(apiUrl, distributor, "POST", "/orgs", {
    name: demoStory.distributor,
    gln: gln("950600013002"),
  });
  for (const org of [growerOrg, distributorOrg])
    await api(apiUrl, admin, "POST", `/admin/organizations/${org.id}/admit`, {});
  // The grower keeps its shipments' purchase orders and quantities off consumer pages (issue #14).
  await api(apiUrl, grower, "PUT", `/orgs/${growerOrg.id}/disclosure`, {
    withhold: [],
    byBizStep: { shipping: ["bizTransactions", "quantities"] },
  });

  const orchard = await api<{ id: string }>(apiUrl, grower, "POST", `/orgs/${growerOrg.id}/locations`, {
    gln: gln("950600013010"),
    ...places.orchard,
    country: "US",
    latitude: 47.423456,
    longitude: -120.310234,
    plot: {
      type: "Polygon",
      coordinates: [
        [
          [-120.311, 47.4229],
          [-120.3095, 47.4229],
          [-120.3095, 47.424],
          [-120.311, 47.424],
          [-120.311, 47.4229],
        ],
      ],
    },
  });
  const packhouse = await api<{ id: string }>(apiUrl, grower, "POST", `/orgs/${growerOrg.id}/locations`, {
    gln: gln("950600013011"),
    ...places.packhouse,
    country: "US",
    latitude: 47.425012,
    longitude: -120.3101,
  });
  const warehouse = await api<{ id: string }>(
    apiUrl,
    distributor,
    "POST",
    `/orgs/${distributorOrg.id}/locations`,
    {
      gln: gln("950600013020"),
      ...places.warehouse,
      country: "US",
      latitude: 47.606209,
      longitude: -122.332071,
    },
  );

  const product = await api<{ id: string }>(apiUrl, grower, "POST", `/orgs/${growerOrg.id}/products`, {
    gtin: demoProduct.gtin,
    name: demoStory.product.name,
    description: "Hand-picked organic Fuji apples from Green Valley Orchards, packed the day after harvest.",
    category: "Fresh fruit",
  });
  const lot = await api<{ id: string }>(
    apiUrl,
    grower,
    "POST",
    `/orgs/${growerOrg.id}/products/${product.id}/lots`,
    {
      lotCode: demoProduct.lot,
      productionDate: "2026-10-02",
      expiryDate: "2026-12-15",
      quantity: "1200",
      unit: "KGM",
    },
  );

  const event = (body: object) => api(apiUrl, grower, "POST", `/orgs/${growerOrg.id}/events`, body);
  await event({
    type: "object",
    action: "ADD",
    bizStep: "commissioning",
    disposition: "active",
    eventTime: steps.harvest.eventTime,
    lot: { id: lot.id },
    quantity: { value: 1250, unit: "KGM" },
    readPoint: { locationId: orchard.id },
    bizLocation: { locationId: orchard.id },
  });
  await event({
    type: "object",
    action: "OBSERVE",
    bizStep: "packing",
    disposition: "in_progress",
    eventTime: steps.packing.eventTime,
    lot: { id: lot.id },
    quantity: { value: 1200, unit: "KGM" },
    readPoint: { locationId: packhouse.id },
    bizLocation: { locationId: packhouse.id },
  });
  await event({
    type: "object",
    action: "OBSERVE",
    bizStep: "shipping",
    disposition: "in_transit",
    eventTime: steps.shipping.eventTime,
    lot: { id: lot.id },
    quantity: { value: 1200, unit: "KGM" },
    bizTransactions: [{ type: "po", id: `urn:epcglobal:cbv:bt:${gln("950600013002")}:PO-2026-0412` }],
    readPoint: { locationId: packhouse.id },
    sources: [{ type: "owning_party", organizationId: growerOrg.id }],
    destinations: [{ type: "owning_party", organizationId: distributorOrg.id }],
  });
  const receiveAll = async (eventTime: string) => {
    const transfers = await api<{ items?: { id: string }[] } | { id: string }[]>(
      apiUrl,
      distributor,
      "GET",
      `/orgs/${distributorOrg.id}/transfers?direction=incoming&status=pending`,
    );
    const pending = Array.isArray(transfers) ? transfers : (transfers.items ?? []);
    for (const transfer of pending) {
      await api(apiUrl, distributor, "POST", `/orgs/${distributorOrg.id}/transfers/${transfer.id}/receive`, {
        eventTime,
        disposition: "in_progress",
        bizLocation: { locationId: warehouse.id },
      });
    }
  };
  await receiveAll(steps.receiving.eventTime);

  const recalledLot = await api<{ id: string }>(
    apiUrl,
    grower,
    "POST",
    `/orgs/${growerOrg.id}/products/${product.id}/lots`,
    { lotCode: demoRecall.recalledLot, productionDate: "2026-10-05", quantity: "800", unit: "KGM" },
  );
  await event({
    type: "object",
    action: "ADD",
    bizStep: "commissioning",
    disposition: "active",
    eventTime: "2026-10-05T08:00:00.000-07:00",
    lot: { id: recalledLot.id },
    quantity: { value: 800, unit: "KGM" },
    bizLocation: { locationId: orchard.id },
  });
  await event({
    type: "object",
    action: "OBSERVE",
    bizStep: "shipping",
    disposition: "in_transit",
    eventTime: "2026-10-06T06:00:00.000-07:00",
    lot: { id: recalledLot.id },
    quantity: { value: 800, unit: "KGM" },
    readPoint: { locationId: packhouse.id },
    sources: [{ type: "owning_party", organizationId: growerOrg.id }],
    destinations: [{ type: "owning_party", organizationId: distributorOrg.id }],
  });
  await receiveAll("2026-10-06T12:00:00.000-07:00");
  const sauce = await api<{ id: string }>(
    apiUrl,
    distributor,
    "POST",
    `/orgs/${distributorOrg.id}/products`,
    {
      gtin: demoRecall.derived.gtin,
      name: "Organic Fuji apple sauce, 500 g jar",
      category: "Preserves",
    },
  );
  const sauceLot = await api<{ id: string }>(
    apiUrl,
    distributor,
    "POST",
    `/orgs/${distributorOrg.id}/products/${sauce.id}/lots`,
    { lotCode: demoRecall.derived.lot, productionDate: "2026-10-08", quantity: "1000", unit: "H87" },
  );
  await api(apiUrl, distributor, "POST", `/orgs/${distributorOrg.id}/events`, {
    type: "transformation",
    bizStep: "commissioning",
    eventTime: "2026-10-08T10:00:00.000-07:00",
    inputs: [
      {
        lot: { gtin: demoProduct.gtin, lotCode: demoRecall.recalledLot },
        quantity: { value: 800, unit: "KGM" },
      },
    ],
    outputs: [{ lot: { id: sauceLot.id }, quantity: { value: 1000, unit: "H87" } }],
    bizLocation: { locationId: warehouse.id },
  });
  await api(apiUrl, grower, "POST", `/orgs/${growerOrg.id}/recalls`, {
    lotId: recalledLot.id,
    reason: "Patulin above the legal limit in a retained sample",
  });
  return true;
}
