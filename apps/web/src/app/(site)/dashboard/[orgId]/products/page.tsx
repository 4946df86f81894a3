import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/DataTable/DataTable";
import { PageLinks } from "@/components/dashboard/PageLinks";
import { ForRole } from "@/components/dashboard/RoleRequired";
import { Field } from "@/components/forms/Field";
import { FilterForm } from "@/components/forms/FilterForm";
import { FormCard } from "@/components/forms/FormCard";
import { ImageUrlsField } from "@/components/forms/ImageUrlsField";
import { createProductAction } from "@/lib/actions/products";
import { api, dataOf } from "@/lib/api/api";
import { formatDate } from "@/lib/format/formatEventTime";
import { orgPath } from "@/lib/orgPath";
import { roleAtLeast } from "@/lib/roles";
import { searchParam } from "@/lib/searchParam";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Products" };

export default async function ProductsPage({
  params,
  searchParams,
}: PageProps<"/dashboard/[orgId]/products">) {
  const [{ orgId }, search] = await Promise.all([params, searchParams]);
  const { role } = await requireOrgRole(orgId);
  const q = searchParam(search, "q");
  const category = searchParam(search, "category");
  const products = await dataOf(
    api.GET("/orgs/{orgId}/products", {
      params: {
        path: { orgId },
        query: {
          q,
          category,
          limit: 50,
          cursor: searchParam(search, "cursor"),
        },
      },
    }),
  );
  return (
    <>
      <div className="page-head">
        <h1 className="page-title">Products</h1>
      </div>
      <FilterForm aria-label="Search products" submitLabel="Search">
        <Field label="Name or GTIN" name="q" defaultValue={q} />
        <Field label="Category" name="category" defaultValue={category} />
      </FilterForm>
      <DataTable
        columns={["Product", "GTIN", "Category", "Registered"]}
        items={products.items}
        empty={
          q || category
            ? "No product matches."
            : roleAtLeast(role, "operator")
              ? "No products yet. Register your first below."
              : "No products yet."
        }
        row={(p) => (
          <tr key={p.id}>
            <td>
              <Link href={orgPath(orgId, "products", p.id)}>{p.name}</Link>
            </td>
            <td className="mono">{p.gtin}</td>
            <td>{p.category ?? "—"}</td>
            <td>{formatDate(p.createdAt)}</td>
          </tr>
        )}
      />
      <PageLinks
        path={orgPath(orgId, "products")}
        search={search}
        nextCursor={products.nextCursor}
        noun="products"
      />
      <ForRole minimum="operator" role={role} to="register products">
        <FormCard
          id="new-product"
          title="Register a product"
          action={createProductAction.bind(null, orgId)}
          submitLabel="Register product"
        >
          <div className="grid-2">
            <Field
              label="GTIN"
              name="gtin"
              inputMode="numeric"
              required
              pattern="\d{8,14}"
              hint="8 to 14 digits with a valid check digit; stored as GTIN-14."
            />
            <Field label="Name" name="name" required maxLength={200} />
            <Field label="Category" name="category" maxLength={100} />
            <Field
              label="Commodity (FSMA 204)"
              name="commodity"
              maxLength={200}
              placeholder="Romaine lettuce"
            />
            <Field label="Variety" name="variety" maxLength={200} />
            <Field label="Description" name="description" maxLength={5000} />
          </div>
          <ImageUrlsField />
        </FormCard>
      </ForRole>
    </>
  );
}
