"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/forms/ActionForm";
import { api } from "@/lib/api/api";
import { orgPath } from "@/lib/orgPath";
import { actionFailure } from "./actionFailure";

/** Receives a lot shipped to the organisation: the API records the receiving event. */
export async function receiveTransferAction(orgId: string, transferId: string): Promise<FormState> {
  try {
    await api.POST("/orgs/{orgId}/transfers/{transferId}/receive", {
      params: { path: { orgId, transferId } },
      body: {},
    });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId));
  return { ok: "Received: the receiving event is recorded." };
}
