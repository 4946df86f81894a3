import type { Metadata } from "next";
import { PageIntro } from "@/components/dashboard/PageIntro";
import { Field } from "@/components/forms/Field";
import { SelectField } from "@/components/forms/SelectField";
import { api, dataOf } from "@/lib/api/api";
import { settle } from "@/lib/api/settle";
import { searchParam } from "@/lib/searchParam";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Exports" };

export default async function ExportsPage({ params, searchParams }: PageProps<"/dashboard/[orgId]/exports">) {
  const [{ orgId }, search] = await Promise.all([params, searchParams]);
  await requireOrgRole(orgId);
  const products = await settle(
    dataOf(api.GET("/orgs/{orgId}/products", { params: { path: { orgId }, query: { limit: 100 } } })),
  );
  const productId = searchParam(search, "productId") ?? "";
  const from = searchParam(search, "from") ?? "";
  const to = searchParam(search, "to") ?? "";
  const range = [
    from && to
      ? `from=${encodeURIComponent(`${from}T00:00:00Z`)}&to=${encodeURIComponent(`${to}T23:59:59Z`)}`
      : "",
    productId ? `productId=${encodeURIComponent(productId)}` : "",
  ]
    .filter(Boolean)
    .join("&");
  const epcisRange =
    from && to
      ? `GE_eventTime=${encodeURIComponent(`${from}T00:00:00Z`)}&LT_eventTime=${encodeURIComponent(`${to}T23:59:59Z`)}`
      : "";
  const base = `/api/v1/orgs/${orgId}/exports`;
  return (
    <>
      <PageIntro title="Exports">
        Traceability records for regulators and partners: the FDA FSMA 204 sortable spreadsheet, and EPCIS 2.0
        for other systems.
      </PageIntro>
      <form className="row card" aria-label="Export period">
        <Field label="From" type="date" name="from" defaultValue={from} />
        <Field label="To" type="date" name="to" defaultValue={to} />
        <SelectField
          label="Product (FSMA 204)"
          name="productId"
          defaultValue={productId}
          none="All products"
          options={(products.ok ? products.value.items : []).map((p) => [p.id, p.name] as const)}
        />
        <button type="submit" className="btn btn-secondary">
          Choose period
        </button>
      </form>
      {range ? (
        <div className="row">
          <a className="btn" href={`${base}/fsma204?format=csv&${range}`} download>
            FSMA 204 (CSV)
          </a>
          <a className="btn btn-secondary" href={`${base}/fsma204?format=xlsx&${range}`} download>
            FSMA 204 (Excel)
          </a>
          {epcisRange ? (
            <a className="btn btn-secondary" href={`${base}/epcis?${epcisRange}`} download>
              EPCIS 2.0 JSON-LD
            </a>
          ) : null}
        </div>
      ) : (
        <p className="muted">
          Choose a period, a product, or both. A single lot can be exported from its page.
        </p>
      )}
    </>
  );
}
