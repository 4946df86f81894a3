import type { Database, EventVisibility } from "@tracemark/db";

/** An organisation's visibility defaults for events whose capture does not set one. */
export type VisibilitySettings = {
  defaultVisibility: EventVisibility;
  /** By CBV business step (short name, e.g. `shipping`): the default for events of that step. */
  bizStepVisibility: Record<string, EventVisibility>;
};

/**
 * The organisation's visibility defaults (`storeEvents` applies them at capture).
 *
 * @example
 * const { defaultVisibility } = await getVisibilitySettings(db, organizationId);
 */
export async function getVisibilitySettings(
  db: Database,
  organizationId: string,
): Promise<VisibilitySettings> {
  const org = await db.prisma.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { defaultVisibility: true, bizStepVisibility: true },
  });
  return {
    defaultVisibility: org.defaultVisibility,
    bizStepVisibility: org.bizStepVisibility as Record<string, EventVisibility>,
  };
}

/**
 * Replaces the organisation's visibility defaults; events captured before keep theirs.
 *
 * @example
 * await setVisibilitySettings(db, organizationId, { defaultVisibility: "public", bizStepVisibility: { shipping: "partners" } });
 */
export async function setVisibilitySettings(
  db: Database,
  organizationId: string,
  settings: VisibilitySettings,
): Promise<VisibilitySettings> {
  await db.prisma.organization.update({
    where: { id: organizationId },
    data: { defaultVisibility: settings.defaultVisibility, bizStepVisibility: settings.bizStepVisibility },
  });
  return getVisibilitySettings(db, organizationId);
}
