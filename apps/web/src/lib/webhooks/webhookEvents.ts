import type { ApiRequestBody } from "@/lib/api/types";

/** What a webhook may be told of: the API's names (`POST /orgs/:orgId/webhooks`). */
export type WebhookEvent = ApiRequestBody<"/orgs/{orgId}/webhooks", "post">["events"][number];

/** The events the webhook form offers, each with its words; the form's action accepts these only. */
export const webhookEventWords = [
  ["anchored", "Events anchored on chain"],
  ["recalled", "Recalls declared or lifted"],
  ["attested", "Attestations by auditors"],
  ["recall.affects", "A recall reaches lots you made or received (declared or lifted)"],
] as const satisfies readonly (readonly [WebhookEvent, string])[];

export const webhookEvents = webhookEventWords.map(([event]) => event);
