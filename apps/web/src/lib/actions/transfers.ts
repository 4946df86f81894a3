"use server";

import type { FormState } from "@/components/forms/ActionForm";
import { api } from "@/lib/api/api";
import { orgPath } from "@/lib/orgPath";
import { afterWrite } from "./actionFailure";

/** Receives a lot shipped to the organisation: the API records the receiving event. */
export async function receiveTransferAction(orgId: string, transferId: string): Promise<FormState> {
  return afterWrite(
    api.POST("/orgs/{orgId}/transfers/{transferId}/receive", {
      params: { path: { orgId, transferId } },
      body: {},
    }),
    orgPath(orgId),
    "Received: the receiving event is recorded.",
  );
}
