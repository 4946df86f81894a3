"use server";

import type { FormState } from "@/components/forms/ActionForm";
import { api } from "@/lib/api/api";
import { orgPath } from "@/lib/orgPath";
import { afterWrite, openAfterWrite } from "./actionFailure";
import { nullable, text, texts } from "./formValues";

export async function createProductAction(
  orgId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  return openAfterWrite(
    api.POST("/orgs/{orgId}/products", {
      params: { path: { orgId } },
      body: { gtin: text(formData, "gtin") ?? "", ...productFields(formData) },
    }),
    ({ id }) => orgPath(orgId, "products", id),
  );
}

/** What the product form edits (the GTIN is set once, at registration). */
function productFields(formData: FormData) {
  return {
    name: text(formData, "name") ?? "",
    description: nullable(formData, "description"),
    category: nullable(formData, "category"),
    commodity: nullable(formData, "commodity"),
    variety: nullable(formData, "variety"),
    imageUrls: texts(formData, "imageUrls"),
  };
}

export async function updateProductAction(
  orgId: string,
  productId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  return afterWrite(
    api.PATCH("/orgs/{orgId}/products/{productId}", {
      params: { path: { orgId, productId } },
      body: productFields(formData),
    }),
    orgPath(orgId, "products", productId),
    "Saved.",
  );
}
