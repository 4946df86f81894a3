"use server";

import type { FormState } from "@/components/forms/ActionForm";
import { api } from "@/lib/api/api";
import { orgPath } from "@/lib/orgPath";
import { afterWrite, openAfterWrite } from "./actionFailure";
import { nullable, text } from "./formValues";

export async function createLotAction(
  orgId: string,
  productId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  return openAfterWrite(
    api.POST("/orgs/{orgId}/products/{productId}/lots", {
      params: { path: { orgId, productId } },
      body: {
        lotCode: text(formData, "lotCode") ?? "",
        productionDate: text(formData, "productionDate"),
        expiryDate: text(formData, "expiryDate"),
        quantity: text(formData, "quantity"),
        unit: text(formData, "unit"),
      },
    }),
    ({ id }) => orgPath(orgId, "lots", id),
  );
}

export async function updateLotAction(
  orgId: string,
  lotId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  return afterWrite(
    api.PATCH("/orgs/{orgId}/lots/{lotId}", {
      params: { path: { orgId, lotId } },
      body: {
        productionDate: nullable(formData, "productionDate"),
        expiryDate: nullable(formData, "expiryDate"),
        quantity: nullable(formData, "quantity"),
        unit: nullable(formData, "unit"),
      },
    }),
    orgPath(orgId, "lots", lotId),
    "Saved.",
  );
}

/** Registers a range of serial numbers of the lot (`prefix` + `from`…`to`). */
export async function createSerialsAction(
  orgId: string,
  lotId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  const from = Number(text(formData, "from"));
  const to = Number(text(formData, "to"));
  return afterWrite(
    api.POST("/orgs/{orgId}/lots/{lotId}/serials", {
      params: { path: { orgId, lotId } },
      body: { range: { prefix: text(formData, "prefix"), from, to } },
    }),
    orgPath(orgId, "lots", lotId),
    (created) => `Registered ${created.count} serials, ${created.first} to ${created.last}.`,
  );
}
