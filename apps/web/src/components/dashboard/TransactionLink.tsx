import { env } from "@/env";
import { shortHex } from "@/lib/format/formatEventTime";

/** A transaction hash, linked to the configured block explorer (EXPLORER_URL) when there is one. */
export function TransactionLink({ hash }: { hash: string }) {
  const text = `tx ${shortHex(hash, 10)}`;
  if (!env.EXPLORER_URL) return <span title={hash}>{text}</span>;
  return (
    <a href={`${env.EXPLORER_URL}/tx/${hash}`} title={hash} rel="noreferrer" target="_blank">
      {text}
    </a>
  );
}
