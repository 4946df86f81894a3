import type { Database } from "@tracemark/db";
import { cbvTerm, type WithholdableFieldGroup, withholdableFieldGroups } from "@tracemark/sdk";
import { z } from "zod";
import { NotFoundError } from "../errors/domain.ts";

const groups = z.array(z.enum(withholdableFieldGroups)).max(withholdableFieldGroups.length);

/** How far a withheld exact location is still shown: its country, its region (ISO 3166-2 first level), or its city. */
export const locationLevels = ["country", "region", "city"] as const;
export type LocationLevel = (typeof locationLevels)[number];

/**
 * Which field groups an organisation's public events withhold: `withhold` by default, and per
 * business step (its bare CBV term, e.g. `shipping`, or a private-vocabulary URI) a list that
 * replaces the default for that step's events; `locationLevel`, where a step whose exact location is
 * withheld is still placed (its country when absent).
 */
export const disclosureSettingsSchema = z.object({
  withhold: groups,
  byBizStep: z
    .record(z.string().trim().min(1).max(200), groups)
    .refine((steps) => Object.keys(steps).length <= 50, {
      message: "at most 50 business steps",
    }),
  locationLevel: z.enum(locationLevels).optional(),
});
export type DisclosureSettings = z.infer<typeof disclosureSettingsSchema>;

/** The settings as stored (`organizations.disclosure`), anything unreadable as withholding nothing. */
export function readDisclosureSettings(stored: unknown): DisclosureSettings {
  const parsed = disclosureSettingsSchema.safeParse({ withhold: [], byBizStep: {}, ...(stored as object) });
  return parsed.success ? parsed.data : { withhold: [], byBizStep: {} };
}

/**
 * The field groups a public event of business step `bizStep` withholds under `settings`.
 *
 * @example
 * withheldGroupsFor({ withhold: [], byBizStep: { shipping: ["quantities"] } }, "urn:epcglobal:cbv:bizstep:shipping") // ["quantities"]
 */
export function withheldGroupsFor(
  settings: DisclosureSettings,
  bizStep: string | null,
): WithholdableFieldGroup[] {
  const step = bizStep ? cbvTerm("bizStep", bizStep) : undefined;
  return (step !== undefined ? settings.byBizStep[step] : undefined) ?? settings.withhold;
}

/**
 * An organisation's disclosure settings (`NotFoundError` for an unknown organisation).
 *
 * @example
 * const settings = await getDisclosureSettings(db, orgId);
 */
export async function getDisclosureSettings(
  db: Database,
  organizationId: string,
): Promise<DisclosureSettings> {
  const org = await db.prisma.organization.findUnique({
    where: { id: organizationId },
    select: { disclosure: true },
  });
  if (!org) throw new NotFoundError("No such organisation.");
  return readDisclosureSettings(org.disclosure);
}

/**
 * Replaces an organisation's disclosure settings (business steps stored by their bare CBV term);
 * every public record showing its events is rebuilt on its next read (a trigger moves the epoch).
 *
 * @example
 * await setDisclosureSettings(db, orgId, { withhold: ["bizTransactions", "quantities"], byBizStep: {} });
 */
export async function setDisclosureSettings(
  db: Database,
  organizationId: string,
  settings: DisclosureSettings,
): Promise<DisclosureSettings> {
  const normalized: DisclosureSettings = {
    ...(settings.locationLevel ? { locationLevel: settings.locationLevel } : {}),
    withhold: [...new Set(settings.withhold)],
    byBizStep: Object.fromEntries(
      Object.entries(settings.byBizStep).map(([step, list]) => [
        cbvTerm("bizStep", step),
        [...new Set(list)],
      ]),
    ),
  };
  await db.prisma.organization.update({ where: { id: organizationId }, data: { disclosure: normalized } });
  return normalized;
}
