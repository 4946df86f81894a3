import type { Database } from "@tracemark/db";
import { paginate } from "../util/paginate.ts";
import { type CaptureSummary, captureJobColumns, toCaptureJob } from "./getCapture.ts";

export type ListCapturesParameters = {
  organizationId: string;
  /** The page size (the binding's `perPage`). */
  perPage: number;
  /** The binding's `nextPageToken`: the last capture of the previous page. */
  nextPageToken?: string | undefined;
};
export type ListCapturesReturnType = { jobs: CaptureSummary[]; nextPageToken: string | null };

/**
 * The organisation's capture jobs, newest first, a page at a time (the binding's `GET /capture`).
 *
 * @example
 * const { jobs, nextPageToken } = await listCaptures(db, { organizationId, perPage: 30 });
 */
export async function listCaptures(
  db: Database,
  { organizationId, perPage, nextPageToken }: ListCapturesParameters,
): Promise<ListCapturesReturnType> {
  const { items, nextCursor } = await paginate({ limit: perPage, cursor: nextPageToken }, (page) =>
    db.prisma.capture.findMany({
      where: { organizationId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: captureJobColumns,
      ...page,
    }),
  );
  return { jobs: items.map(toCaptureJob), nextPageToken: nextCursor };
}
