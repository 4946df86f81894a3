import type { BodyReferenceCase } from "./bodyReferenceCases.ts";
import { createLocation, createLot, uniqueEventTime, uniqueGtin } from "./captureFixtures.ts";
import { csvOf } from "./importFixtures.ts";
import type { TenancyCase } from "./tenancyCases.ts";

const productsFile = () => csvOf(["gtin", "name"], [[uniqueGtin(), "Imported product"]]);

/** The tenancy matrix cases of imports: the job, following it, and templates. */
export const importTenancyCases: TenancyCase[] = [
  {
    name: "POST /orgs/:orgId/imports",
    minRole: "operator",
    apiKeys: true,
    okStatus: 202,
    table: "import",
    setup: async (_t, a) => ({
      method: "POST",
      url: `/orgs/${a.orgA.id}/imports?kind=products&format=csv`,
      body: productsFile(),
    }),
  },
  {
    name: "GET /orgs/:orgId/imports/:importId",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (t, a) => {
      const job = await t.db.prisma.import.create({
        data: { organizationId: a.orgA.id, kind: "products", format: "csv" },
      });
      return { method: "GET", url: `/orgs/${a.orgA.id}/imports/${job.id}` };
    },
  },
  {
    name: "GET /orgs/:orgId/imports/templates/:kind",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/imports/templates/lots?format=csv` }),
  },
];

const importOf = (orgId: string, query: string, body: string) => ({
  method: "POST" as const,
  url: `/orgs/${orgId}/imports?${query}`,
  body,
});

/**
 * Files of organisation A naming organisation B's products, lots and locations: the job is
 * accepted (202), then fails naming them, and nothing is written.
 */
export const importBodyReferenceCases: BodyReferenceCase[] = [
  {
    name: "POST /orgs/:orgId/imports: a products file naming B's GTIN",
    status: [202],
    importJob: true,
    setup: async (_t, a, b) => ({
      ...importOf(a.orgA.id, "kind=products&format=csv", csvOf(["gtin", "name"], [[b.gtin, "Mine now"]])),
      names: "already registered by another organisation",
    }),
  },
  {
    name: "POST /orgs/:orgId/imports: a lots file naming B's product, asking to create what is missing",
    status: [202],
    importJob: true,
    setup: async (_t, a, b) => ({
      ...importOf(
        a.orgA.id,
        "kind=lots&format=csv&createMissing=true",
        csvOf(["gtin", "lot", "productName"], [[b.gtin, "NEW-IN-B", "B's"]]),
      ),
      names: "another organisation's product",
    }),
  },
  {
    name: "POST /orgs/:orgId/imports: an events file naming B's lot, asking to create what is missing",
    status: [202],
    importJob: true,
    setup: async (_t, a, b) => ({
      ...importOf(
        a.orgA.id,
        "kind=events&format=csv&createMissing=true",
        csvOf(["gtin", "lot", "bizStep", "eventTime"], [[b.gtin, b.lotCode, "storing", uniqueEventTime()]]),
      ),
      names: `Lot ${b.lotCode} of GTIN ${b.gtin} is another organisation's`,
    }),
  },
  {
    name: "POST /orgs/:orgId/imports: an events file naming B's location by GLN",
    status: [202],
    importJob: true,
    setup: async (t, a) => {
      const own = await createLot(t, a.orgA.id);
      const place = await createLocation(t, a.orgB.id);
      return {
        ...importOf(
          a.orgA.id,
          "kind=events&format=csv",
          csvOf(
            ["gtin", "lot", "bizStep", "eventTime", "locationGln"],
            [[own.gtin, own.lotCode, "storing", uniqueEventTime(), place.gln ?? ""]],
          ),
        ),
        names: `GLN ${place.gln} is none of your locations`,
      };
    },
  },
  {
    name: "POST /orgs/:orgId/imports: an EPCIS document naming B's lot",
    status: [202],
    importJob: true,
    setup: async (_t, a, b) => ({
      ...importOf(
        a.orgA.id,
        "kind=events&format=epcis",
        JSON.stringify({
          "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
          type: "EPCISDocument",
          schemaVersion: "2.0",
          creationDate: "2026-04-01T12:00:00Z",
          epcisBody: {
            eventList: [
              {
                type: "ObjectEvent",
                action: "OBSERVE",
                eventTime: uniqueEventTime(),
                eventTimeZoneOffset: "+00:00",
                quantityList: [{ epcClass: b.lotClass, quantity: 1, uom: "KGM" }],
                bizStep: "storing",
              },
            ],
          },
        }),
      ),
      names: "was not shipped to you",
    }),
  },
];
