/**
 * The lot `npm start` creates (scripts/lib/seedDemo.ts writes it through the API) and the landing
 * page shows as its example, from this one definition: the example a visitor reads is the demo lot
 * they can open.
 */
export const demoStory = {
  product: { gtin: "09506000134352", lot: "ABC123", name: "Organic Fuji apples, 1 kg bag" },
  grower: "Green Valley Orchards",
  distributor: "FreshMart Distribution",
  places: {
    orchard: { name: "Green Valley orchard, block 4", city: "Wenatchee", region: "WA" },
    packhouse: { name: "Green Valley packhouse", city: "Wenatchee", region: "WA" },
    warehouse: { name: "FreshMart distribution centre", city: "Seattle", region: "WA" },
  },
  /** In the order they happen; `eventTime` in the place's own time zone. */
  steps: {
    harvest: { title: "Harvested", place: "orchard", eventTime: "2026-10-01T08:30:00.000-07:00" },
    packing: { title: "Packed", place: "packhouse", eventTime: "2026-10-02T14:00:00.000-07:00" },
    shipping: { title: "Shipped", place: "packhouse", eventTime: "2026-10-03T06:15:00.000-07:00" },
    receiving: { title: "Received", place: "warehouse", eventTime: "2026-10-03T11:40:00.000-07:00" },
  },
} as const;

export type DemoJourneyStep = { title: string; place: string; date: string };

const dayAndMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/**
 * The demo lot's journey as the landing page shows it: each step with its place and its local date.
 *
 * @example
 * demoJourney()[0]; // { title: "Harvested", place: "Green Valley orchard, block 4, Wenatchee, WA", date: "1 Oct" }
 */
export function demoJourney(): DemoJourneyStep[] {
  return Object.values(demoStory.steps).map((step) => {
    const place = demoStory.places[step.place];
    return {
      title: step.title,
      place: `${place.name}, ${place.city}, ${place.region}`,
      // The date as written where it happened (the offset is part of the time).
      date: dayAndMonth.format(new Date(`${step.eventTime.slice(0, 10)}T00:00:00Z`)),
    };
  });
}
