import type { Database } from "@tracemark/db";
import { ProblemError } from "../errors/problem.ts";

export type GetCaptureParameters = { organizationId: string; captureId: string };
export type CaptureSummary = {
  id: string;
  status: "accepted" | "processing" | "succeeded" | "failed";
  eventCount: number;
  storedCount: number | null;
  duplicateCount: number | null;
  errors: { field: string; message: string }[];
  createdAt: Date;
  finishedAt: Date | null;
};

/**
 * The state of one of the organisation's captures, to poll: status, counts, and the per-event
 * errors (field paths such as `epcisBody.eventList[3].bizStep`) when it failed. 404 otherwise.
 *
 * @example
 * const { status, errors } = await getCapture(db, { organizationId, captureId });
 */
export async function getCapture(
  db: Database,
  { organizationId, captureId }: GetCaptureParameters,
): Promise<CaptureSummary> {
  const capture = await db.prisma.capture.findFirst({
    where: { id: captureId, organizationId },
    select: {
      id: true,
      status: true,
      eventCount: true,
      storedCount: true,
      duplicateCount: true,
      errors: true,
      createdAt: true,
      finishedAt: true,
    },
  });
  if (!capture) throw new ProblemError(404, "Not Found", "This organisation has no capture with this id.");
  return { ...capture, errors: (capture.errors as CaptureSummary["errors"] | null) ?? [] };
}
