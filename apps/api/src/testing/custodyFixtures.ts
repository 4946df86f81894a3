import type { Database } from "@tracemark/db";
import { parseEpcisEvent } from "@tracemark/sdk";
import { prepareEvent } from "../capture/prepareEvent.ts";
import { storeEvents } from "../capture/storeEvents.ts";
import { uniqueGtin } from "./captureFixtures.ts";

/**
 * Three organisations around lots of the first: the owner, a receiver it may ship to, a stranger;
 * a product of the owner with `lotCodes` (serial `S1` in the first lot).
 */
export async function ownerReceiverStranger(db: Database, lotCodes: string[] = ["L1"]) {
  const [owner, receiver, stranger] = (await Promise.all(
    ["Owner", "Receiver", "Stranger"].map(
      async (name) => (await db.prisma.organization.create({ data: { name } })).id,
    ),
  )) as [string, string, string];
  const gtin = uniqueGtin();
  const product = await db.prisma.product.create({ data: { organizationId: owner, gtin, name: "Oil" } });
  for (const [i, lotCode] of lotCodes.entries()) {
    const lot = await db.prisma.lot.create({
      data: { organizationId: owner, productId: product.id, lotCode },
    });
    if (i === 0) {
      await db.prisma.serialItem.create({
        data: { organizationId: owner, productId: product.id, lotId: lot.id, serial: "S1" },
      });
    }
  }
  return { owner, receiver, stranger, gtin };
}

/** Stores EPCIS events of `organizationId` in one transaction, as a capture does. */
export function storeEpcisEvents(db: Database, organizationId: string, events: Record<string, unknown>[]) {
  return db.prisma.$transaction((tx) =>
    storeEvents(tx, {
      organizationId,
      events: events.map((event) => prepareEvent({ event: parseEpcisEvent(event) })),
    }),
  );
}
