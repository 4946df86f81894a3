import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { validateGtin } from "../../services/identifiers/gs1.ts";
import {
  createProduct,
  getProduct,
  listProducts,
  updateProduct,
} from "../../services/masterData/products.ts";
import { orgRead } from "../orgRead.ts";
import { orgRoute } from "../orgRoute.ts";
import { page, pageQuery, productParams } from "../schemas.ts";

export const product = z.object({
  id: z.uuid(),
  gtin: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  imageUrls: z.array(z.string()),
  category: z.string().nullable(),
  commodity: z.string().nullable(),
  variety: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
const fields = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).nullable(),
  imageUrls: z
    .array(z.url({ protocol: /^https?$/, message: "must be an http:// or https:// web address" }).max(2048))
    .max(20),
  category: z.string().trim().min(1).max(100).nullable(),
  /** FSMA 204: the commodity (for seafood, the species or acceptable market name), 21 CFR 1.1325(a)(1)(ii). */
  commodity: z.string().trim().min(1).max(200).nullable(),
  /** FSMA 204: the commodity's variety, when it has one. */
  variety: z.string().trim().min(1).max(200).nullable(),
});

/** Products (trade items identified by a GTIN) of an organisation. */
export function productRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    orgRoute(app, {
      method: "POST",
      url: "/orgs/:orgId/products",
      tags: ["master data"],
      summary: "Register a product by its GTIN (GTIN-8/12/13/14, stored as 14 digits)",
      body: fields.partial().extend({
        gtin: z
          .string()
          .trim()
          .regex(/^\d{8,14}$/, "must be 8 to 14 digits"),
        name: fields.shape.name,
      }),
      status: 201,
      response: product,
      role: "operator",
      handle: ({ params, body }) =>
        createProduct(db, params.orgId, { ...body, gtin: validateGtin(body.gtin, "body.gtin") }),
    });

    orgRead(app, {
      url: "/orgs/:orgId/products",
      tags: ["master data"],
      summary: "Products, newest first; search by name or GTIN, filter by category",
      querystring: pageQuery.extend({
        q: z.string().trim().min(1).max(200).optional(),
        category: z.string().trim().min(1).max(100).optional(),
      }),
      response: page(product),
      role: "viewer",
      read: (organizationId, query) => listProducts(db, organizationId, query),
    });

    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/products/:productId",
      tags: ["master data"],
      summary: "A product",
      params: productParams,
      response: product,
      role: "viewer",
      handle: ({ params }) => getProduct(db, params.orgId, params.productId),
    });

    orgRoute(app, {
      method: "PATCH",
      url: "/orgs/:orgId/products/:productId",
      tags: ["master data"],
      summary: "Update a product's name, description, images or category (the GTIN does not change)",
      params: productParams,
      body: fields.partial().strict(),
      response: product,
      role: "operator",
      handle: ({ params, body }) => updateProduct(db, params.orgId, params.productId, body),
    });
  };
}
