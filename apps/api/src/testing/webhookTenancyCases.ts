import type { Actors } from "./actors.ts";
import type { TestApp } from "./buildTestApp.ts";
import type { TenancyCase } from "./tenancyCases.ts";

/** A webhook of organisation A. */
export const webhookOfA = (t: TestApp, a: Actors) =>
  t.db.prisma.webhook.create({
    data: {
      organizationId: a.orgA.id,
      url: "https://hooks.example.test/x",
      secret: "s",
      events: ["anchored"],
    },
  });

/** A webhook of organisation A, and a delivery of it that was delivered (so it may be redelivered). */
async function webhookWithDelivery(t: TestApp, a: Actors) {
  const hook = await webhookOfA(t, a);
  const delivery = await t.db.prisma.webhookDelivery.create({
    data: { webhookId: hook.id, event: "test", payload: {}, attempts: 1, deliveredAt: new Date() },
  });
  return { url: `/orgs/${a.orgA.id}/webhooks/${hook.id}`, deliveryId: delivery.id.toString() };
}

/** The webhook routes of the delivery log: an admin's, as the other webhook routes are. */
export const webhookTenancyCases: TenancyCase[] = [
  {
    name: "POST /orgs/:orgId/webhooks/:webhookId/test",
    minRole: "admin",
    apiKeys: true,
    okStatus: 202,
    table: "webhookDelivery",
    setup: async (t, a) => ({ method: "POST", url: `${(await webhookWithDelivery(t, a)).url}/test` }),
  },
  {
    name: "GET /orgs/:orgId/webhooks/:webhookId/deliveries",
    minRole: "admin",
    apiKeys: true,
    okStatus: 200,
    setup: async (t, a) => ({ method: "GET", url: `${(await webhookWithDelivery(t, a)).url}/deliveries` }),
  },
  {
    name: "POST /orgs/:orgId/webhooks/:webhookId/deliveries/:deliveryId/redeliver",
    minRole: "admin",
    apiKeys: true,
    okStatus: 202,
    table: "webhookDelivery",
    setup: async (t, a) => {
      const { url, deliveryId } = await webhookWithDelivery(t, a);
      return { method: "POST", url: `${url}/deliveries/${deliveryId}/redeliver` };
    },
  },
];
