import type { ReactNode } from "react";
import type { SettleResult } from "@/lib/api/settle";

/**
 * What a settled call (`settle`) shows: `children` of its value, or why it failed, in words, in the
 * place of that one panel.
 *
 * @example
 * <Settled result={attestations}>{(page) => <AttestationList items={page.items} empty="None yet." />}</Settled>
 */
export function Settled<T>({
  result,
  children,
}: {
  result: SettleResult<T>;
  children: (value: T) => ReactNode;
}) {
  return result.ok ? children(result.value) : <p className="muted">{result.error}</p>;
}
