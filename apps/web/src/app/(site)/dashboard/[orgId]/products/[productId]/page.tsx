import type { Metadata } from "next";
import Link from "next/link";
import { LotTable } from "@/components/dashboard/LotTable";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { Field } from "@/components/forms/Field";
import { FormCard } from "@/components/forms/FormCard";
import { ImageUrlsField } from "@/components/forms/ImageUrlsField";
import { ProductImage } from "@/components/ProductImage";
import { createLotAction } from "@/lib/actions/lots";
import { updateProductAction } from "@/lib/actions/products";
import { api, dataOf } from "@/lib/api/api";
import { orNotFound } from "@/lib/api/orNotFound";
import { orgPath } from "@/lib/orgPath";
import { roleAtLeast } from "@/lib/roles";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Product" };

export default async function ProductPage({ params }: PageProps<"/dashboard/[orgId]/products/[productId]">) {
  const { orgId, productId } = await params;
  const { role } = await requireOrgRole(orgId);
  const [product, lots] = await Promise.all([
    orNotFound(
      dataOf(api.GET("/orgs/{orgId}/products/{productId}", { params: { path: { orgId, productId } } })),
    ),
    dataOf(api.GET("/orgs/{orgId}/lots", { params: { path: { orgId }, query: { productId, limit: 200 } } })),
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
        <LotTable orgId={orgId} lots={lots.items} showProduct={false} empty="No lots of this product yet." />
      </section>
      {!roleAtLeast(role, "operator") ? (
        <RoleRequired minimum="operator" role={role} to="create lots and edit products" />
      ) : (
        <div className="grid-2">
          <FormCard
            id="new-lot"
            title="Create a lot"
            action={createLotAction.bind(null, orgId, productId)}
            submitLabel="Create lot"
          >
            <Field
              label="Lot code"
              name="lotCode"
              required
              maxLength={20}
              hint="Up to 20 characters (GS1 AI 10)."
            />
            <Field label="Production date" type="date" name="productionDate" />
            <Field label="Expiry date" type="date" name="expiryDate" />
            <div className="row">
              <Field label="Quantity" name="quantity" inputMode="decimal" />
              <Field label="Unit" name="unit" placeholder="KGM" maxLength={20} />
            </div>
          </FormCard>
          <FormCard
            id="edit-product"
            title="Edit product"
            action={updateProductAction.bind(null, orgId, productId)}
            submitLabel="Save changes"
            tone="secondary"
          >
            <Field label="Name" name="name" defaultValue={product.name} required maxLength={200} />
            <Field label="Category" name="category" defaultValue={product.category ?? ""} maxLength={100} />
            <Field
              label="Commodity (FSMA 204)"
              name="commodity"
              defaultValue={product.commodity ?? ""}
              maxLength={200}
            />
            <Field label="Variety" name="variety" defaultValue={product.variety ?? ""} maxLength={200} />
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
          </FormCard>
        </div>
      )}
    </>
  );
}
