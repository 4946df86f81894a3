import type { Prisma } from "@tracemark/db";
import { locationGlnOf } from "@tracemark/sdk";
import { canonicalIdentifier, tradeItemKey } from "../identifiers/epcisIdentifiers.ts";

/** What became of one vocabulary element of a document's master data. */
export type MasterDataOutcome = {
  id: string;
  outcome: "imported" | "already known" | "ignored";
  /** What it became (`location`, `product`, `lot`), or why it was ignored. */
  detail: string;
};

export type ImportMasterDataParameters = {
  organizationId: string;
  /** `epcisHeader.epcisMasterData` of the captured document, as sent. */
  masterData: unknown;
};

const BUSINESS_LOCATION = "urn:epcglobal:epcis:vtype:BusinessLocation";
const READ_POINT = "urn:epcglobal:epcis:vtype:ReadPoint";
const EPC_CLASS = "urn:epcglobal:epcis:vtype:EPCClass";

type Element = { id: string; attributes: Map<string, unknown> };

/**
 * Imports the master data of a captured document (`epcisHeader.epcisMasterData.vocabularyList`)
 * into the capturing organisation, never another's: business locations and read points named by a
 * GLN (SGLN or Digital Link, no extension) become its locations (`cbvmda` name and address);
 * EPC classes become its products (a GTIN, with a `cbvmda` name or short description) and lots (GTIN
 * + lot of one of its products, expiry from `itemExpirationDate`). What exists is left as it is;
 * everything else is ignored. Each element's outcome is returned, for the capture job.
 *
 * @example
 * const outcomes = await importMasterData(tx, { organizationId, masterData: document.epcisHeader?.epcisMasterData });
 */
export async function importMasterData(
  tx: Prisma.TransactionClient,
  { organizationId, masterData }: ImportMasterDataParameters,
): Promise<MasterDataOutcome[]> {
  const vocabularies = (masterData as { vocabularyList?: unknown } | null)?.vocabularyList;
  if (!Array.isArray(vocabularies)) return [];
  const outcomes: MasterDataOutcome[] = [];
  const lots: Element[] = [];
  for (const vocabulary of vocabularies as { type?: unknown; vocabularyElementList?: unknown }[]) {
    const elements = Array.isArray(vocabulary?.vocabularyElementList)
      ? vocabulary.vocabularyElementList.flatMap(toElement)
      : [];
    for (const element of elements) {
      if (vocabulary.type === BUSINESS_LOCATION || vocabulary.type === READ_POINT) {
        outcomes.push(await importLocation(tx, organizationId, element));
      } else if (vocabulary.type === EPC_CLASS) {
        const key = tradeItemKey(canonicalIdentifier(element.id));
        if (key?.lot !== undefined && key.serial === undefined) lots.push(element);
        else outcomes.push(await importProduct(tx, organizationId, element));
      } else {
        outcomes.push(ignored(element.id, `vocabulary type ${String(vocabulary.type)} is not imported`));
      }
    }
  }
  // Lots after products, so that a lot of a product the same document brings is imported too.
  for (const element of lots) outcomes.push(await importLot(tx, organizationId, element));
  return outcomes;
}

function toElement(raw: unknown): Element[] {
  const element = raw as { id?: unknown; attributes?: unknown };
  if (typeof element?.id !== "string") return [];
  const attributes = new Map<string, unknown>();
  for (const attribute of Array.isArray(element.attributes) ? element.attributes : []) {
    const { id, attribute: value } = attribute as { id?: unknown; attribute?: unknown };
    if (typeof id === "string") attributes.set(id.replace(/^(urn:epcglobal:cbv:mda[#:]|cbvmda:)/, ""), value);
  }
  return [{ id: element.id, attributes }];
}

function text(element: Element, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = element.attributes.get(name);
    if (typeof value === "string" && value.trim() !== "") return value.trim().slice(0, 500);
  }
  return undefined;
}

function ignored(id: string, detail: string): MasterDataOutcome {
  return { id, outcome: "ignored", detail };
}

async function importLocation(
  tx: Prisma.TransactionClient,
  organizationId: string,
  element: Element,
): Promise<MasterDataOutcome> {
  const gln = locationGlnOf(element.id);
  if (!gln) return ignored(element.id, "not a GLN without extension (SGLN or Digital Link /414/)");
  const name = text(element, "name");
  if (!name) return ignored(element.id, "no name (cbvmda name)");
  const existing = await tx.location.findFirst({ where: { organizationId, gln }, select: { id: true } });
  if (existing) return { id: element.id, outcome: "already known", detail: "location" };
  const country = text(element, "countryCode");
  await tx.location.create({
    data: {
      organizationId,
      gln,
      name,
      street: text(element, "streetAddressOne") ?? null,
      city: text(element, "city") ?? null,
      postalCode: text(element, "postalCode") ?? null,
      region: text(element, "state") ?? null,
      country: country && /^[A-Z]{2}$/.test(country) ? country : null,
    },
  });
  return { id: element.id, outcome: "imported", detail: "location" };
}

async function importProduct(
  tx: Prisma.TransactionClient,
  organizationId: string,
  element: Element,
): Promise<MasterDataOutcome> {
  const key = tradeItemKey(canonicalIdentifier(element.id));
  if (!key || key.serial !== undefined) {
    return ignored(element.id, "not a GTIN or a lot of one (Digital Link /01/, EPC class URN or pattern)");
  }
  const existing = await tx.product.findUnique({
    where: { gtin: key.gtin },
    select: { organizationId: true },
  });
  if (existing) {
    return existing.organizationId === organizationId
      ? { id: element.id, outcome: "already known", detail: "product" }
      : ignored(element.id, "this GTIN is another organisation's product");
  }
  const name = text(element, "name", "descriptionShort", "regulatedProductName");
  if (!name) return ignored(element.id, "no name (cbvmda name, descriptionShort or regulatedProductName)");
  await tx.product.create({ data: { organizationId, gtin: key.gtin, name } });
  return { id: element.id, outcome: "imported", detail: "product" };
}

async function importLot(
  tx: Prisma.TransactionClient,
  organizationId: string,
  element: Element,
): Promise<MasterDataOutcome> {
  const key = tradeItemKey(canonicalIdentifier(element.id));
  if (key?.lot === undefined) return ignored(element.id, "not a lot");
  const product = await tx.product.findUnique({
    where: { gtin: key.gtin },
    select: { id: true, organizationId: true },
  });
  if (!product || product.organizationId !== organizationId) {
    return ignored(element.id, "the GTIN is not one of this organisation's products");
  }
  const existing = await tx.lot.findUnique({
    where: { productId_lotCode: { productId: product.id, lotCode: key.lot } },
    select: { id: true },
  });
  if (existing) return { id: element.id, outcome: "already known", detail: "lot" };
  const expiry = dateOf(text(element, "itemExpirationDate"));
  await tx.lot.create({
    data: {
      organizationId,
      productId: product.id,
      lotCode: key.lot,
      expiryDate: expiry ?? null,
    },
  });
  return { id: element.id, outcome: "imported", detail: "lot" };
}

/** A calendar date `YYYY-MM-DD` of a day that exists, years 1000–9999; else undefined. */
function dateOf(value: string | undefined): Date | undefined {
  if (!value || !/^[1-9]\d{3}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return date.toISOString().startsWith(value) ? date : undefined;
}
