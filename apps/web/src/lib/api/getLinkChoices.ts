import "server-only";
import { apiRequest } from "./apiRequest";
import { settle } from "./settle";
import type { Location, Lot, Page, Product } from "./types";

/**
 * What the transformation and packing forms offer: the organisation's lots and those shipped to
 * it, its products and its locations (200 of each at most), each settled on its own.
 *
 * @example
 * const { lots, products, locations } = await getLinkChoices(orgId);
 */
export async function getLinkChoices(orgId: string) {
  const [lots, products, locations] = await Promise.all([
    settle(apiRequest<Page<Lot>>(`/orgs/${orgId}/lots`, { query: { limit: 200 } })),
    settle(apiRequest<Page<Product>>(`/orgs/${orgId}/products`, { query: { limit: 200 } })),
    settle(apiRequest<Page<Location>>(`/orgs/${orgId}/locations`, { query: { limit: 200 } })),
  ]);
  return { lots, products, locations };
}
