"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/ActionForm";
import { api, dataOf } from "@/lib/api/api";
import { orgPath } from "@/lib/orgPath";
import { actionFailure, afterWrite } from "./actionFailure";
import { nullable, text } from "./formValues";

export async function createLotAction(
  orgId: string,
  productId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  let lotId: string;
  try {
    ({ id: lotId } = await dataOf(
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
    ));
  } catch (error) {
    return actionFailure(error);
  }
  redirect(orgPath(orgId, "lots", lotId));
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
  try {
    const created = await dataOf(
      api.POST("/orgs/{orgId}/lots/{lotId}/serials", {
        params: { path: { orgId, lotId } },
        body: { range: { prefix: text(formData, "prefix"), from, to } },
      }),
    );
    revalidatePath(orgPath(orgId, "lots", lotId));
    return { ok: `Registered ${created.count} serials, ${created.first} to ${created.last}.` };
  } catch (error) {
    return actionFailure(error);
  }
}
