import type { Metadata } from "next";
import Link from "next/link";
import { PageLinks } from "@/components/dashboard/PageLinks";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { ActionForm } from "@/components/forms/ActionForm";
import { ImageUrlsField } from "@/components/forms/ImageUrlsField";
import { createProductAction } from "@/lib/actions/products";
import { apiRequest } from "@/lib/api/apiRequest";
import type { Page, Product } from "@/lib/api/types";
import { formatDate } from "@/lib/format/formatEventTime";
import { orgPath } from "@/lib/orgPath";
import { roleAtLeast } from "@/lib/roles";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Products" };

export default async function ProductsPage({
  params,
  searchParams,
}: PageProps<"/dashboard/[orgId]/products">) {
  const [{ orgId }, search] = await Promise.all([params, searchParams]);
  const { role } = await requireOrgRole(orgId);
  const q = typeof search.q === "string" ? search.q : undefined;
  const category = typeof search.category === "string" ? search.category : undefined;
  const products = await apiRequest<Page<Product>>(`/orgs/${orgId}/products`, {
    query: { q, category, limit: 50, cursor: typeof search.cursor === "string" ? search.cursor : undefined },
  });
  return (
    <>
      <div className="page-head">
        <h1 className="page-title">Products</h1>
      </div>
      <form className="row" aria-label="Search products">
        <label className="field">
          <span>Name or GTIN</span>
          <input className="input" name="q" defaultValue={q} />
        </label>
        <label className="field">
          <span>Category</span>
          <input className="input" name="category" defaultValue={category} />
        </label>
        <button type="submit" className="btn btn-secondary">
          Search
        </button>
      </form>
      {products.items.length === 0 ? (
        <p className="empty">
          {q || category
            ? "No product matches."
            : roleAtLeast(role, "operator")
              ? "No products yet. Register your first below."
              : "No products yet."}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">GTIN</th>
                <th scope="col">Category</th>
                <th scope="col">Registered</th>
              </tr>
            </thead>
            <tbody>
              {products.items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link href={orgPath(orgId, "products", p.id)}>{p.name}</Link>
                  </td>
                  <td className="mono">{p.gtin}</td>
                  <td>{p.category ?? "—"}</td>
                  <td>{formatDate(p.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PageLinks
        path={orgPath(orgId, "products")}
        search={search}
        nextCursor={products.nextCursor}
        noun="products"
      />
      {!roleAtLeast(role, "operator") ? (
        <RoleRequired minimum="operator" role={role} to="register products" />
      ) : (
        <section className="card stack" aria-labelledby="new-product">
          <h2 id="new-product">Register a product</h2>
          <ActionForm
            action={createProductAction.bind(null, orgId)}
            submitLabel="Register product"
            aria-label="Register a product"
          >
            <div className="grid-2">
              <label className="field">
                <span>GTIN</span>
                <input className="input" name="gtin" inputMode="numeric" required pattern="\d{8,14}" />
                <small>8 to 14 digits with a valid check digit; stored as GTIN-14.</small>
              </label>
              <label className="field">
                <span>Name</span>
                <input className="input" name="name" required maxLength={200} />
              </label>
              <label className="field">
                <span>Category</span>
                <input className="input" name="category" maxLength={100} />
              </label>
              <label className="field">
                <span>Commodity (FSMA 204)</span>
                <input className="input" name="commodity" maxLength={200} placeholder="Romaine lettuce" />
              </label>
              <label className="field">
                <span>Variety</span>
                <input className="input" name="variety" maxLength={200} />
              </label>
              <label className="field">
                <span>Description</span>
                <input className="input" name="description" maxLength={5000} />
              </label>
            </div>
            <ImageUrlsField />
          </ActionForm>
        </section>
      )}
    </>
  );
}
