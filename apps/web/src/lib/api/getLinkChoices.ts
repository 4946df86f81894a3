import "server-only";
import { api, dataOf } from "./api";
import { settle } from "./settle";

/**
 * What the transformation and packing forms offer: the organisation's lots and those shipped to
 * it, its products and its locations (200 of each at most), each settled on its own.
 *
 * @example
 * const { lots, products, locations } = await getLinkChoices(orgId);
 */
export async function getLinkChoices(orgId: string) {
  const params = { path: { orgId }, query: { limit: 200 } };
  const [lots, products, locations] = await Promise.all([
    settle(dataOf(api.GET("/orgs/{orgId}/lots", { params }))),
    settle(dataOf(api.GET("/orgs/{orgId}/products", { params }))),
    settle(dataOf(api.GET("/orgs/{orgId}/locations", { params }))),
  ]);
  return { lots, products, locations };
}
