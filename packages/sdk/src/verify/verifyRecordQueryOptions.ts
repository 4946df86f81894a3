import { type VerifyRecordParameters, type VerifyRecordReturnType, verifyRecord } from "./verifyRecord.ts";

export type VerifyRecordQueryOptionsParameters = VerifyRecordParameters & {
  /** A stable key for the record, e.g. its Digital Link path; the query is cached under it. */
  key: string;
};

/**
 * TanStack Query options for `verifyRecord` (`useQuery(verifyRecordQueryOptions({ … }))`), the
 * middle layer between the plain action and a React hook, as wagmi layers its actions. The result
 * is not retried on a failed verdict (that is an answer); read errors are thrown and retried.
 *
 * @example
 * const { data } = useQuery(verifyRecordQueryOptions({ key: "/01/09520123456788/10/L1", record, rpcUrl }))
 */
export function verifyRecordQueryOptions(parameters: VerifyRecordQueryOptionsParameters) {
  const { key, ...rest } = parameters;
  return {
    queryKey: ["tracemark", "verifyRecord", key] as const,
    queryFn: (): Promise<VerifyRecordReturnType> => verifyRecord(rest),
    staleTime: 60_000,
  };
}
