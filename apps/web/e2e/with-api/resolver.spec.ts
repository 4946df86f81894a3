import { type APIResponse, expect, test } from "@playwright/test";
import { computeCheckDigit } from "@tracemark/sdk";
import { newGln, supplierWithLot, unique } from "../journeys";

test.setTimeout(180_000);

/**
 * The GS1 Digital Link resolver (issue #15) over real HTTP against the built web app and the API:
 * each behaviour with its status, decided before any page streams. Redirects are not followed, so
 * each answer is seen as a scanner or a resolver client sees it.
 */
test("GS1 Digital Link resolver: statuses, canonical redirects, link types, linksets, other primary keys", async ({
  page,
}) => {
  const { orgId, gtin, lotCode, lotUrl, publicPath } = await supplierWithLot(page);
  const lotId = /\/lots\/([0-9a-f-]{36})/.exec(lotUrl)?.[1] ?? "";
  const api = page.request;
  const serial = `S${unique()}`.slice(0, 20);
  expect(
    (await api.post(`/api/v1/orgs/${orgId}/lots/${lotId}/serials`, { data: { serials: [serial] } })).status(),
  ).toBeLessThan(300);
  const gln = newGln();
  expect(
    (
      await api.post(`/api/v1/orgs/${orgId}/locations`, {
        data: { name: "Resolver packhouse", gln, city: "Pitalito", country: "CO", street: "Calle Secreta 1" },
      })
    ).status(),
  ).toBeLessThan(300);
  const ssccBody = `0950600${String(Date.now() % 10_000_000_000).padStart(10, "0")}`;
  const sscc = `${ssccBody}${computeCheckDigit(ssccBody)}`;
  const packed = await api.post(`/api/v1/orgs/${orgId}/events`, {
    data: {
      type: "aggregation",
      action: "ADD",
      parent: `https://id.gs1.org/00/${sscc}`,
      lot: { gtin, lotCode },
      quantity: { value: 10, unit: "KGM" },
      bizStep: "packing",
      eventTime: "2026-04-01T10:00:00.000+02:00",
      bizLocation: { gln },
    },
  });
  expect(packed.status(), await packed.text()).toBeLessThan(300);

  // Next.js sends same-origin redirects with a relative Location.
  const locationPath = (response: APIResponse) =>
    new URL(response.headers().location ?? "", "http://relative.invalid").pathname;
  const get = (path: string, headers: Record<string, string> = {}) =>
    api.get(path, { maxRedirects: 0, headers: { accept: "text/html", ...headers } });

  // 1. Status codes: unknown lot, unknown serial, wrong check digit, malformed link.
  const unknownLot = await get(`/01/${gtin}/10/NO-SUCH-LOT`);
  expect(unknownLot.status()).toBe(404);
  expect(await unknownLot.text()).toContain("No such lot");
  const unknownSerial = await get(`${publicPath}/21/NO-SUCH-SERIAL`);
  expect(unknownSerial.status()).toBe(404);
  expect(await unknownSerial.text()).toContain("No such serial item of this lot");
  const right = gtin.at(-1) as string;
  const wrong = String((Number(right) + 1) % 10);
  const badDigit = await get(`/01/${gtin.slice(0, -1)}${wrong}/10/${lotCode}`);
  expect(badDigit.status()).toBe(400);
  expect(await badDigit.text()).toContain(`the check digit is ${wrong}, expected ${right}`);
  const outOfOrder = await get(`/01/${gtin}/21/${serial}/10/${lotCode}`, { accept: "application/json" });
  expect(outOfOrder.status()).toBe(400);
  expect(outOfOrder.headers()["content-type"]).toContain("application/problem+json");
  expect((await outOfOrder.json()).detail).toMatch(/out of order/);
  const badDate = await get(`${publicPath}?17=261341`);
  expect(badDate.status()).toBe(400);
  expect(await badDate.text()).toContain("AI 17 must be a date YYMMDD");
  expect((await get(`/01/${gtin}/10/${lotCode}`)).status()).toBe(200);

  // 2. Links valid but not served before: product alone, serial without lot, unpadded GTIN,
  // a path prefix, CPV, data attributes, SSCC, GLN.
  const product = await get(`/01/${gtin}`);
  expect(product.status()).toBe(200);
  await page.goto(`/01/${gtin}`);
  await expect(page.getByRole("heading", { level: 1, name: "Single-origin coffee, 1 kg" })).toBeVisible();
  await expect(page.getByRole("link", { name: `Lot ${lotCode}` })).toBeVisible();

  expect((await get(`/01/${gtin}/21/${serial}`)).status()).toBe(200);
  await page.goto(`/01/${gtin}/21/${serial}`);
  await expect(page.getByRole("heading", { name: "Single-origin coffee, 1 kg" })).toBeVisible();
  // Verify on a serial item's page reads its record, and the proofs of its lot (the API has no others).
  await expect(async () => {
    await page.reload();
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page.getByTestId("verify-summary")).toContainText("Verified: all", { timeout: 5_000 });
  }).toPass({ timeout: 150_000 });
  expect((await get(`/01/${gtin}/21/NO-SUCH-SERIAL`)).status()).toBe(404);

  const gtin13 = gtin.slice(1);
  const unpadded = await get(`/01/${gtin13}/10/${lotCode}?17=270301`);
  expect(unpadded.status()).toBe(301);
  expect(unpadded.headers().location).toMatch(new RegExp(`/01/${gtin}/10/${lotCode}\\?17=270301$`));
  const prefixed = await get(`/some/custom/prefix/01/${gtin}/10/${lotCode}`);
  expect(prefixed.status()).toBe(301);
  expect(locationPath(prefixed)).toBe(publicPath);

  expect((await get(`/01/${gtin}/22/2A/10/${lotCode}`)).status()).toBe(200);
  expect((await get(`${publicPath}?17=270301&3103=000195`)).status()).toBe(200);

  expect((await get(`/00/${sscc}`)).status()).toBe(200);
  await page.goto(`/00/${sscc}`);
  await expect(page.getByRole("heading", { name: `SSCC ${sscc}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Single-origin coffee, 1 kg, lot ${lotCode}` })).toBeVisible();
  const unknownSscc = `${ssccBody.slice(0, -1)}${(Number(ssccBody.at(-1)) + 1) % 10}`;
  expect((await get(`/00/${unknownSscc}${computeCheckDigit(unknownSscc)}`)).status()).toBe(404);

  expect((await get(`/414/${gln}`)).status()).toBe(200);
  await page.goto(`/414/${gln}`);
  await expect(page.getByRole("heading", { name: "Resolver packhouse" })).toBeVisible();
  await expect(page.getByText("Calle Secreta")).toHaveCount(0);
  const otherGln = `${gln.slice(0, 11)}${(Number(gln[11]) + 1) % 10}`;
  expect((await get(`/414/${otherGln}${computeCheckDigit(otherGln)}`)).status()).toBe(404);

  // 3. Resolver behaviour: linkType, linksets, the description file.
  const pip = await get(`${publicPath}?linkType=gs1:pip`);
  expect(pip.status()).toBe(307);
  expect(locationPath(pip)).toBe(publicPath);
  const traceability = await get(`${publicPath}?linkType=gs1:traceability`);
  expect(traceability.status()).toBe(307);
  expect(locationPath(traceability)).toBe(`/api/v1/public${publicPath}`);
  expect((await api.get(locationPath(traceability))).status()).toBe(200);
  // No attestation yet: certificationInfo falls back to the default link, the page.
  const certification = await get(`${publicPath}?linkType=gs1:certificationInfo`);
  expect(certification.status()).toBe(307);
  expect(locationPath(certification)).toBe(publicPath);

  const all = await get(`${publicPath}?linkType=all`);
  expect(all.status()).toBe(200);
  expect(all.headers()["content-type"]).toContain("application/linkset+json");
  const linkset = (await all.json()) as { linkset: Record<string, unknown>[] };
  const context = linkset.linkset[0] as Record<string, { href: string }[]>;
  expect(String(context.anchor)).toMatch(new RegExp(`${publicPath}$`));
  expect(context["https://gs1.org/voc/pip"]?.[0]?.href).toMatch(new RegExp(`${publicPath}$`));
  expect(context["https://gs1.org/voc/traceability"]?.[0]?.href).toContain(`/api/v1/public${publicPath}`);
  expect(context["https://gs1.org/voc/defaultLink"]).toBeDefined();

  const current = await get(`${publicPath}?linkType=linkset`);
  expect(current.status()).toBe(200);
  expect(await current.json()).toEqual(linkset);
  expect(current.headers().link).toContain("https://ref.gs1.org/standards/resolver/linkset-context");

  const negotiated = await get(`/00/${sscc}`, { accept: "application/linkset+json" });
  expect(negotiated.status()).toBe(200);
  expect(negotiated.headers()["content-type"]).toContain("application/linkset+json");
  const page200 = await get(publicPath);
  expect(page200.headers().link).toContain('rel="linkset"');
  expect((await get(`/01/${gtin}/10/NO-SUCH-LOT?linkType=all`)).status()).toBe(404);

  const preflight = await api.fetch(publicPath, { method: "OPTIONS", maxRedirects: 0 });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
  expect(page200.headers()["access-control-allow-origin"]).toBeUndefined();
  expect(all.headers()["access-control-allow-origin"]).toBe("*");

  const description = await api.get("/.well-known/gs1resolver");
  expect(description.status()).toBe(200);
  const body = (await description.json()) as Record<string, unknown>;
  expect(body.supportedPrimaryKeys).toEqual(["01", "00", "414"]);
  expect(body.resolverRoot).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});
