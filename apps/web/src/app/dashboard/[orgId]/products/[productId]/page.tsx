import type { Metadata } from "next";
import Link from "next/link";
import { LotTable } from "@/components/dashboard/LotTable";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { ActionForm } from "@/components/forms/ActionForm";
import { ImageUrlsField } from "@/components/forms/ImageUrlsField";
import { ProductImage } from "@/components/ProductImage";
import { createLotAction } from "@/lib/actions/lots";
import { updateProductAction } from "@/lib/actions/products";
import { apiRequest } from "@/lib/api/apiRequest";
import { orNotFound } from "@/lib/api/orNotFound";
import type { Lot, Page, Product } from "@/lib/api/types";
import { orgPath } from "@/lib/orgPath";
import { roleAtLeast } from "@/lib/roles";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Product" };

export default async function ProductPage({ params }: PageProps<"/dashboard/[orgId]/products/[productId]">) {
  const { orgId, productId } = await params;
  const { role } = await requireOrgRole(orgId);
  const [product, lots] = await Promise.all([
    orNotFound(apiRequest<Product>(`/orgs/${orgId}/products/${productId}`)),
    apiRequest<Page<Lot>>(`/orgs/${orgId}/lots`, { query: { productId, limit: 200 } }),
  ]);
  return (
    <>
      <div className="page-head">
        {product.imageUrls[0] && (
          <ProductImage src={product.imageUrls[0]} alt={product.name} size="thumbnail" />
        )}
        <div style={{ flex: 1 }}>
          <p className="muted">
            <Link href={orgPath(orgId, "products")}>Products</Link> / GTIN{" "}
            <span className="mono">{product.gtin}</span>
          </p>
          <h1 className="page-title">{product.name}</h1>
        </div>
      </div>
      <section className="stack" aria-labelledby="lots-title">
        <h2 id="lots-title">Lots</h2>
        {lots.items.length === 0 ? (
          <p className="empty">No lots of this product yet.</p>
        ) : (
          <LotTable orgId={orgId} lots={lots.items} showProduct={false} />
        )}
      </section>
      {!roleAtLeast(role, "operator") ? (
        <RoleRequired minimum="operator" role={role} to="create lots and edit products" />
      ) : (
        <div className="grid-2">
          <section className="card stack" aria-labelledby="new-lot">
            <h2 id="new-lot">Create a lot</h2>
            <ActionForm
              action={createLotAction.bind(null, orgId, productId)}
              submitLabel="Create lot"
              aria-label="Create a lot"
            >
              <label className="field">
                <span>Lot code</span>
                <input className="input" name="lotCode" required maxLength={20} />
                <small>Up to 20 characters (GS1 AI 10).</small>
              </label>
              <label className="field">
                <span>Production date</span>
                <input className="input" type="date" name="productionDate" />
              </label>
              <label className="field">
                <span>Expiry date</span>
                <input className="input" type="date" name="expiryDate" />
              </label>
              <div className="row">
                <label className="field">
                  <span>Quantity</span>
                  <input className="input" name="quantity" inputMode="decimal" />
                </label>
                <label className="field">
                  <span>Unit</span>
                  <input className="input" name="unit" placeholder="KGM" maxLength={20} />
                </label>
              </div>
            </ActionForm>
          </section>
          <section className="card stack" aria-labelledby="edit-product">
            <h2 id="edit-product">Edit product</h2>
            <ActionForm
              action={updateProductAction.bind(null, orgId, productId)}
              submitLabel="Save changes"
              tone="secondary"
              aria-label="Edit product"
            >
              <label className="field">
                <span>Name</span>
                <input className="input" name="name" defaultValue={product.name} required maxLength={200} />
              </label>
              <label className="field">
                <span>Category</span>
                <input
                  className="input"
                  name="category"
                  defaultValue={product.category ?? ""}
                  maxLength={100}
                />
              </label>
              <label className="field">
                <span>Commodity (FSMA 204)</span>
                <input
                  className="input"
                  name="commodity"
                  defaultValue={product.commodity ?? ""}
                  maxLength={200}
                />
              </label>
              <label className="field">
                <span>Variety</span>
                <input
                  className="input"
                  name="variety"
                  defaultValue={product.variety ?? ""}
                  maxLength={200}
                />
              </label>
              <label className="field">
                <span>Description</span>
                <textarea
                  className="input"
                  name="description"
                  defaultValue={product.description ?? ""}
                  maxLength={5000}
                />
              </label>
              <ImageUrlsField initial={product.imageUrls} />
            </ActionForm>
          </section>
        </div>
      )}
    </>
  );
}
