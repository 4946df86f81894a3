import { buildDigitalLink } from "@tracemark/sdk";
import type { Metadata } from "next";
import QRCode from "qrcode";
import { BackToLot } from "@/components/dashboard/BackToLot";
import { Field } from "@/components/forms/Field";
import { type Label, LabelSheet } from "@/components/labels/LabelSheet";
import { api, dataOf } from "@/lib/api/api";
import { orNotFound } from "@/lib/api/orNotFound";
import { formatDate } from "@/lib/format/formatEventTime";
import { publicOrigin } from "@/lib/publicOrigin";
import { searchParam } from "@/lib/searchParam";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "QR labels" };

const MAX_LABELS = 500;

export default async function LabelsPage({
  params,
  searchParams,
}: PageProps<"/dashboard/[orgId]/lots/[lotId]/labels">) {
  const [{ orgId, lotId }, search, origin] = await Promise.all([params, searchParams, publicOrigin()]);
  await requireOrgRole(orgId);
  const lot = await orNotFound(
    dataOf(api.GET("/orgs/{orgId}/lots/{lotId}", { params: { path: { orgId, lotId } } })),
  );
  const mode = search.mode === "serials" ? "serials" : "lot";
  const copies = Math.min(MAX_LABELS, Math.max(1, Number(search.copies) || 12));
  const first = searchParam(search, "first") ?? "";
  const last = searchParam(search, "last") ?? "";

  let serials: string[] = [];
  if (mode === "serials") {
    const page = await dataOf(
      api.GET("/orgs/{orgId}/lots/{lotId}/serials", {
        params: { path: { orgId, lotId }, query: { limit: 200 } },
      }),
    );
    serials = page.items
      .map((s) => s.serial)
      .filter((s) => (!first || s >= first) && (!last || s <= last))
      .slice(0, MAX_LABELS);
  }
  const entries =
    mode === "lot"
      ? Array.from({ length: copies }, (_, copy) => ({
          serial: undefined as string | undefined,
          id: `copy-${copy + 1}`,
        }))
      : serials.map((serial) => ({ serial, id: serial }));
  const labels: Label[] = await Promise.all(
    entries.map(async ({ serial, id }) => {
      const url = buildDigitalLink({ domain: origin, gtin: lot.gtin, lot: lot.lotCode, serial });
      const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
      return {
        id,
        url,
        qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
        lines: [
          lot.productName,
          `(01) ${lot.gtin} (10) ${lot.lotCode}${serial ? ` (21) ${serial}` : ""}`,
          lot.expiryDate ? `Best before ${formatDate(lot.expiryDate)}` : url.replace(/^https?:\/\//, ""),
        ],
      };
    }),
  );
  return (
    <>
      <div className="no-print">
        <BackToLot orgId={orgId} lotId={lotId} lot={lot} />
        <h1 className="page-title">QR labels</h1>
        <p className="muted">
          Each code is the GS1 Digital Link of the {mode === "lot" ? "lot" : "item"}: scanning it opens its
          public page.
        </p>
      </div>
      <form className="row card no-print" aria-label="Choose labels">
        <label className="field">
          <span>Labels for</span>
          <select className="input" name="mode" defaultValue={mode}>
            <option value="lot">The lot</option>
            <option value="serials">Serialised items</option>
          </select>
        </label>
        <Field
          label="Copies (lot)"
          type="number"
          name="copies"
          min={1}
          max={MAX_LABELS}
          defaultValue={copies}
        />
        <Field label="First serial" name="first" defaultValue={first} />
        <Field label="Last serial" name="last" defaultValue={last} />
        <button type="submit" className="btn btn-secondary">
          Show labels
        </button>
      </form>
      {labels.length === 0 ? (
        <p className="empty">No serialised items in that range. Register serials on the lot page.</p>
      ) : (
        <LabelSheet labels={labels} fileName={`labels-${lot.gtin}-${lot.lotCode}`} />
      )}
    </>
  );
}
