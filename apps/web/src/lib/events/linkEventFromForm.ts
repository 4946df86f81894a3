import { computeCheckDigit, logisticUnitUri, serialUri } from "@tracemark/sdk";
import type { ApiError } from "@/lib/api/ApiError";
import type { EventBody } from "./simpleEventFromForm";

/** A lot the form offers, as the person knows it. */
export type PickableLot = { id: string; lotCode: string; productName: string; gtin: string };
/** A product a new lot can be made of. */
export type PickableProduct = { id: string; name: string; gtin: string };

export type LinkEventFromFormReturnType = { event: EventBody } | { error: string };

type Items = {
  lot: { id: string };
  quantity?: { value: number; unit?: string };
  serials?: string[];
};

const field = (formData: FormData, name: string): string | undefined => {
  const value = formData.get(name);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
};

/** "lot L1 of Green coffee". */
export const lotWords = (lot: Pick<PickableLot, "lotCode" | "productName">) =>
  `lot ${lot.lotCode} of ${lot.productName}`;

/** When and where, as `EventFields` and `LocalDateTimeInput` send them. */
function whenAndWhere(formData: FormData):
  | (Pick<EventBody, "eventTime" | "eventTimeZoneOffset" | "bizLocation" | "readPoint"> & {
      error?: undefined;
    })
  | { error: string } {
  const local = field(formData, "eventTime");
  if (!local) return { error: "Give the date and time it happened." };
  const offset = field(formData, "eventTimeOffset") ?? "+00:00";
  const location = field(formData, "locationId");
  return {
    eventTime: `${local.length === 16 ? `${local}:00` : local}.000${offset}`,
    eventTimeZoneOffset: offset,
    ...(location ? { bizLocation: { locationId: location }, readPoint: { locationId: location } } : {}),
  };
}

/** The quantity typed beside a lot (`quantity:<id>`, `unit:<id>`), or an error in words. */
function quantityOf(
  formData: FormData,
  key: string,
  what: string,
): { quantity?: { value: number; unit?: string } } | { error: string } {
  const typed = field(formData, `quantity:${key}`);
  const unit = field(formData, `unit:${key}`);
  if (typed === undefined) {
    return unit ? { error: `Give the quantity of ${what}, or leave its unit empty.` } : {};
  }
  const value = Number(typed.replace(",", "."));
  if (!Number.isFinite(value) || value < 0)
    return { error: `The quantity of ${what} must be a number, 0 or more (“${typed}” is not).` };
  return { quantity: { value, ...(unit ? { unit: unit.toUpperCase() } : {}) } };
}

/**
 * A transformation from the guided form: each offered lot's use (`use:<lotId>`: `input` or
 * `output`) with its quantity, and new lots (`newProduct.<i>`, `newLotCode.<i>`, `newQuantity.<i>`,
 * `newUnit.<i>`, `newProductionDate.<i>`, `newExpiryDate.<i>`), as the API's simple event form;
 * or what is missing, in words.
 *
 * @example
 * const built = transformationFromForm(formData, lots, products);
 * if ("error" in built) return built;
 */
export function transformationFromForm(
  formData: FormData,
  lots: PickableLot[],
  products: PickableProduct[],
): LinkEventFromFormReturnType {
  const when = whenAndWhere(formData);
  if (when.error !== undefined) return { error: when.error };
  const inputs: Items[] = [];
  const outputs: NonNullable<EventBody["outputs"]> = [];
  for (const lot of lots) {
    const use = field(formData, `use:${lot.id}`);
    if (use !== "input" && use !== "output") continue;
    const quantity = quantityOf(formData, lot.id, lotWords(lot));
    if ("error" in quantity) return quantity;
    (use === "input" ? inputs : outputs).push({ lot: { id: lot.id }, ...quantity });
  }
  const rows = new Set(
    [...formData.keys()].flatMap((k) => (/^new(Product|LotCode)\.\d+$/.test(k) ? [k.split(".")[1]] : [])),
  );
  for (const row of rows) {
    const productId = field(formData, `newProduct.${row}`);
    const lotCode = field(formData, `newLotCode.${row}`);
    if (!productId && !lotCode) continue;
    const product = products.find((p) => p.id === productId);
    if (!product) return { error: `Choose the product of the new lot ${lotCode}.` };
    if (!lotCode) return { error: `Give the new lot of ${product.name} a lot code.` };
    const what = `the new lot ${lotCode}`;
    const quantity = quantityOf(formData, `new.${row}`, what);
    if ("error" in quantity) return quantity;
    const productionDate = field(formData, `newProductionDate.${row}`);
    const expiryDate = field(formData, `newExpiryDate.${row}`);
    if (productionDate && expiryDate && expiryDate < productionDate)
      return { error: `The new lot ${lotCode} would expire before it is produced: check its dates.` };
    outputs.push({
      newLot: {
        productId: product.id,
        lotCode,
        ...(productionDate ? { productionDate } : {}),
        ...(expiryDate ? { expiryDate } : {}),
      },
      ...quantity,
    });
  }
  if (inputs.length === 0) return { error: "Choose at least one lot that went in." };
  if (outputs.length === 0)
    return { error: "Say what came out: a new lot, or one of your lots marked “Came out”." };
  return { event: { type: "transformation", bizStep: "commissioning", ...when, inputs, outputs } };
}

/**
 * A packing (EPCIS aggregation, ADD) from the guided form: the parent (`parentKind` `sscc` with
 * `sscc`, or `serial` with `parentProduct` and `parentSerial`) and the lots packed into it (`pack`
 * checkboxes, each with its quantity and serials `serials:<lotId>`); or what is missing, in words.
 *
 * @example
 * const built = packingFromForm(formData, lots, products);
 */
export function packingFromForm(
  formData: FormData,
  lots: PickableLot[],
  products: PickableProduct[],
): LinkEventFromFormReturnType {
  const when = whenAndWhere(formData);
  if (when.error !== undefined) return { error: when.error };
  let parent: string;
  if (field(formData, "parentKind") === "serial") {
    const product = products.find((p) => p.id === field(formData, "parentProduct"));
    const serial = field(formData, "parentSerial");
    if (!product || !serial)
      return { error: "Choose the product and give the serial number it is packed in." };
    try {
      parent = serialUri(product.gtin, serial);
    } catch {
      return {
        error: `The serial number "${serial}" has a character a GS1 serial number cannot carry (spaces and accents among them): type it as printed under the barcode.`,
      };
    }
  } else {
    const sscc = (field(formData, "sscc") ?? "").replace(/\s/g, "");
    if (!/^\d{18}$/.test(sscc))
      return {
        error: "An SSCC has 18 digits: type the number printed under the pallet's or case's barcode.",
      };
    if (computeCheckDigit(sscc.slice(0, 17)) !== sscc.slice(17))
      return { error: `The SSCC ${sscc} has a wrong last digit (its check digit): check the number.` };
    parent = logisticUnitUri(sscc);
  }
  const packed = new Set(formData.getAll("pack").map(String));
  const children: Items[] = [];
  for (const lot of lots) {
    if (!packed.has(lot.id)) continue;
    const quantity = quantityOf(formData, lot.id, lotWords(lot));
    if ("error" in quantity) return quantity;
    const serials = (field(formData, `serials:${lot.id}`) ?? "").split(/[\s,;]+/).filter(Boolean);
    children.push({ lot: { id: lot.id }, ...quantity, ...(serials.length > 0 ? { serials } : {}) });
  }
  if (children.length === 0) return { error: "Choose at least one lot that was packed." };
  return { event: { type: "aggregation", action: "ADD", bizStep: "packing", ...when, parent, children } };
}

/**
 * The API's refusal of a transformation or a packing, for a person: which lot, what is wrong and
 * what to do; the API's own words when nothing better is known.
 *
 * @example
 * if (error instanceof ApiError) return { error: linkProblemWords(error, lots, products, event) };
 */
export function linkProblemWords(
  error: ApiError,
  lots: PickableLot[],
  products: PickableProduct[],
  event: Record<string, unknown>,
): string {
  const outputs = (event.outputs ?? []) as { newLot?: { productId: string; lotCode: string } }[];
  const newLotAt = (path: string) => {
    const index = /outputs\[(\d+)\]\.newLot/.exec(path)?.[1];
    const newLot = index === undefined ? undefined : outputs[Number(index)]?.newLot;
    const product = products.find((p) => p.id === newLot?.productId);
    return newLot ? { lotCode: newLot.lotCode, productName: product?.name ?? "this product" } : undefined;
  };
  const named = (value: string) => {
    const match = /\/01\/(\d{14})\/10\/([^/\s]+)/.exec(value);
    const lot =
      match && lots.find((l) => l.gtin === match[1] && l.lotCode === decodeURIComponent(match[2] ?? ""));
    if (lot) return lotWords(lot);
    if (match) return `lot ${decodeURIComponent(match[2] ?? "")}`;
    const serial = /\/21\/([^/\s]+)/.exec(value)?.[1];
    return serial ? `the item with serial ${decodeURIComponent(serial)}` : value;
  };
  const sentences = (
    error.errors.length > 0 ? error.errors : [{ field: "", message: error.detail ?? error.title }]
  ).map(({ field: path, message }) => {
    const newLot = newLotAt(path);
    if (newLot && path.endsWith(".lotCode") && error.status === 409)
      return `${newLot.productName} already has a lot ${newLot.lotCode}: mark that lot “Came out”, or give the new lot another code.`;
    if (newLot && path.endsWith(".lotCode"))
      return `The lot code ${newLot.lotCode} can’t go into a GS1 barcode: use up to 20 letters, digits and - _ . / without spaces.`;
    if (newLot && path.endsWith(".productId"))
      return `New lots are made of your own products; ${newLot.productName} is not one of them.`;
    const foreign = /^(\S+) is (?:a serial item of )?(?:a lot of )?another organisation/.exec(message);
    if (foreign?.[1])
      return `${capitalise(named(foreign[1]))} belongs to another organisation that has not shipped it to you: you can only record your own lots and lots shipped to you.`;
    if (/no lot of this organisation or shipped to it/.test(message))
      return "One of the lots is no longer yours or shipped to you: reload the page and choose again.";
    return path ? `${path.replace(/^body\./, "")}: ${message}` : message;
  });
  return [...new Set(sentences)].join(" ");
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
