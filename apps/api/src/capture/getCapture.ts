import type { Database } from "@tracemark/db";
import { type CaptureErrorBehaviour, EPCIS_PROBLEM_TYPES } from "../epcis/binding.ts";
import { NotFoundError } from "../errors/domain.ts";
import type { MasterDataOutcome } from "../services/masterData/importMasterData.ts";

export type GetCaptureParameters = { organizationId: string; captureId: string };
/** One refused event or document part, as an RFC 9457 problem (the binding's `errors` items) naming the field. */
export type CaptureProblem = {
  type: string;
  title: string;
  detail: string;
  field: string;
  message: string;
};
/**
 * A capture job: the EPCIS 2.0 binding's `CaptureJob` (`captureID`, `createdAt`, `finishedAt`,
 * `running`, `success`, `captureErrorBehaviour`, `errors`) and Tracemark's own fields beside it.
 */
export type CaptureSummary = {
  captureID: string;
  running: boolean;
  /** False once any event was refused (with `proceed`, the others may still be stored). */
  success: boolean;
  captureErrorBehaviour: CaptureErrorBehaviour;
  errors: CaptureProblem[];
  createdAt: Date;
  /** Absent while running. */
  finishedAt?: Date;
  id: string;
  status: "accepted" | "processing" | "succeeded" | "failed";
  eventCount: number;
  storedCount: number | null;
  duplicateCount: number | null;
  /** What became of each element of the document's master data (none until stored, or if rolled back). */
  masterData: MasterDataOutcome[];
};

/** The columns a capture job is made of. */
export const captureJobColumns = {
  id: true,
  status: true,
  errorBehaviour: true,
  eventCount: true,
  storedCount: true,
  duplicateCount: true,
  errors: true,
  masterData: true,
  createdAt: true,
  finishedAt: true,
} as const;

type CaptureRow = {
  id: string;
  status: CaptureSummary["status"];
  errorBehaviour: CaptureErrorBehaviour;
  eventCount: number;
  storedCount: number | null;
  duplicateCount: number | null;
  errors: unknown;
  masterData: unknown;
  createdAt: Date;
  finishedAt: Date | null;
};

/**
 * The state of one of the organisation's captures, to poll: whether it runs, whether every event
 * was stored, counts, and the per-event problems (fields such as `epcisBody.eventList[3].bizStep`).
 * `NotFoundError` otherwise.
 *
 * @example
 * const { running, success, errors } = await getCapture(db, { organizationId, captureId });
 */
export async function getCapture(
  db: Database,
  { organizationId, captureId }: GetCaptureParameters,
): Promise<CaptureSummary> {
  const capture = await db.prisma.capture.findFirst({
    where: { id: captureId, organizationId },
    select: captureJobColumns,
  });
  if (!capture) throw new NotFoundError("This organisation has no capture with this id.");
  return toCaptureJob(capture);
}

/**
 * A capture row as a capture job.
 *
 * @example
 * toCaptureJob(await db.prisma.capture.findFirstOrThrow({ select: captureJobColumns }))
 */
export function toCaptureJob(capture: CaptureRow): CaptureSummary {
  const errors = ((capture.errors as { field: string; message: string }[] | null) ?? []).map((e) => ({
    type: EPCIS_PROBLEM_TYPES[400] as string,
    title: e.field.includes("eventList[") ? "Event not captured" : "Capture refused",
    detail: `${e.field}: ${e.message}`,
    field: e.field,
    message: e.message,
  }));
  const running = capture.status === "accepted" || capture.status === "processing";
  return {
    captureID: capture.id,
    running,
    success: errors.length === 0,
    captureErrorBehaviour: capture.errorBehaviour,
    errors,
    createdAt: capture.createdAt,
    ...(capture.finishedAt ? { finishedAt: capture.finishedAt } : {}),
    id: capture.id,
    status: capture.status,
    eventCount: capture.eventCount,
    storedCount: capture.storedCount,
    duplicateCount: capture.duplicateCount,
    masterData: (capture.masterData as MasterDataOutcome[] | null) ?? [],
  };
}
