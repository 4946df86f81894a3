import Link from "next/link";
import { orgPath } from "@/lib/orgPath";

/**
 * The way back from a page about a lot (recording an event, its labels, its recall impact) to the
 * lot's page, named as a person knows the lot: its product and its code. Not printed.
 *
 * @example
 * <BackToLot orgId={orgId} lotId={lotId} lot={lot} />
 */
export function BackToLot({
  orgId,
  lotId,
  lot,
}: {
  orgId: string;
  lotId: string;
  lot: { productName: string | null; lotCode: string | null };
}) {
  return (
    <p className="muted no-print">
      <Link href={orgPath(orgId, "lots", lotId)}>
        {lot.productName} · lot {lot.lotCode}
      </Link>
    </p>
  );
}
