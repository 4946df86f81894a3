import { fsma204BizSteps, fsma204Namespace } from "@tracemark/sdk";

/**
 * FSMA 204 (21 CFR Part 1 Subpart S): the Critical Tracking Events, the spreadsheet's columns and,
 * per event, the Key Data Elements the rule lists, each with the paragraph it comes from. Column
 * names are ours (FDA's sortable-spreadsheet template was not reachable offline, see
 * docs/fsma204.md); the paragraphs are the rule's.
 */

/** The namespace of the KDE fields Tracemark writes into EPCIS events (prefix `fsma`). */
export const FSMA204_NAMESPACE = fsma204Namespace;

/** Business steps for the CTEs that CBV 2.0 has no term for (harvesting, cooling, initial packing, first land-based receiving). */
export const FSMA204_BIZ_STEPS = fsma204BizSteps;

/**
 * The KDE fields an event may carry (as `fsma:<name>`, top level or in `ilmd`), for what the event's
 * master data cannot say: what the harvester told the initial packer, the catch of a fishing trip.
 */
export const FSMA204_EVENT_FIELDS = [
  "commodity",
  "variety",
  "fieldName",
  "containerName",
  "harvesterBusinessName",
  "harvesterPhone",
  "harvestDate",
  "harvestEndDate",
  "harvestLocation",
  "fishingArea",
  "coolingLocation",
  "coolingDate",
  "receivedDate",
  "receivedQuantity",
  "receivedUnit",
  "tlcSourceReference",
  "sourceExempt",
  "notInitiallyPacked",
  "seedGrowerLocation",
  "seedHarvestDate",
  "seedConditionerLocation",
  "seedConditionerLotCode",
  "seedConditioningDate",
  "seedPackinghouseLocation",
  "seedPackingDate",
  "seedPackinghouseLotCode",
  "seedSupplierLocation",
  "seedSupplierLotCode",
  "sprouterSeedLotCode",
  "seedDescription",
  "seedReceivedDate",
] as const;
export type Fsma204EventField = (typeof FSMA204_EVENT_FIELDS)[number];

/**
 * The spreadsheet's columns: the context, then the KDEs as §§ 1.1340(a)/1.1345(a) order them, then
 * those only the other CTEs have, in section order (the seed KDEs of sprouts, § 1.1330(b), last),
 * then the context again: the paragraphs the row follows, input or output, the event.
 */
export const FSMA204_COLUMNS = [
  "Critical Tracking Event",
  "Traceability Lot Code",
  "Quantity",
  "Unit of Measure",
  "Product Description",
  "Commodity",
  "Variety",
  "Immediate Previous Source Location Description",
  "Immediate Subsequent Recipient Location Description",
  "Event Location Description",
  "Event Date",
  "Traceability Lot Code Source Location Description",
  "Traceability Lot Code Source Reference",
  "Reference Document Type",
  "Reference Document Number",
  "Harvest Location Description",
  "Field or Growing Area Name",
  "Aquaculture Container Name",
  "Harvester Business Name",
  "Harvester Phone Number",
  "Harvest Date",
  "Harvest Area (Fishing)",
  "Cooling Location Description",
  "Cooling Date",
  "Date Received",
  "Quantity Received",
  "Unit of Measure Received",
  "Seed Grower Location Description",
  "Seed Harvest Date",
  "Seed Conditioner or Processor Location Description",
  "Seed Conditioner or Processor Lot Code",
  "Seed Conditioning or Processing Date",
  "Seed Packinghouse Location Description",
  "Seed Packing Date",
  "Seed Packinghouse Lot Code",
  "Seed Supplier Location Description",
  "Seed Supplier Lot Code",
  "Sprouter Seed Lot Code",
  "Seed Description",
  "Seed Receipt Date",
  "KDE Paragraphs",
  "Input or Output",
  "EPCIS Event ID",
] as const;
export type Fsma204Column = (typeof FSMA204_COLUMNS)[number];

export type Cte =
  | "Harvesting"
  | "Cooling"
  | "Initial Packing"
  | "First Land-Based Receiving"
  | "Shipping"
  | "Receiving"
  | "Transformation";

/** One KDE of a CTE: the column that holds it and the paragraph of 21 CFR Part 1 that requires it. */
export type Kde = readonly [column: Fsma204Column, paragraph: string];

/**
 * Per CTE, its KDEs in the order of the rule's paragraph (a location description is business name,
 * phone and address, § 1.1310). Transformation lists the food used ((a)(1)) and the new food
 * ((a)(2)); a row is one or the other (`Input or Output`).
 */
export const FSMA204_KDES: Record<Cte, readonly Kde[]> = {
  Harvesting: [
    ["Immediate Subsequent Recipient Location Description", "1.1325(a)(1)(i)"],
    ["Commodity", "1.1325(a)(1)(ii)"],
    ["Variety", "1.1325(a)(1)(ii)"],
    ["Quantity", "1.1325(a)(1)(iii)"],
    ["Unit of Measure", "1.1325(a)(1)(iii)"],
    ["Event Location Description", "1.1325(a)(1)(iv)"],
    ["Harvest Location Description", "1.1325(a)(1)(iv)"],
    ["Field or Growing Area Name", "1.1325(a)(1)(v)"],
    ["Aquaculture Container Name", "1.1325(a)(1)(vi)"],
    ["Event Date", "1.1325(a)(1)(vii)"],
    ["Harvest Date", "1.1325(a)(1)(vii)"],
    ["Reference Document Type", "1.1325(a)(1)(viii)"],
    ["Reference Document Number", "1.1325(a)(1)(viii)"],
    ["Harvester Business Name", "1.1325(a)(2)"],
    ["Harvester Phone Number", "1.1325(a)(2)"],
  ],
  Cooling: [
    ["Immediate Subsequent Recipient Location Description", "1.1325(b)(1)(i)"],
    ["Commodity", "1.1325(b)(1)(ii)"],
    ["Variety", "1.1325(b)(1)(ii)"],
    ["Quantity", "1.1325(b)(1)(iii)"],
    ["Unit of Measure", "1.1325(b)(1)(iii)"],
    ["Event Location Description", "1.1325(b)(1)(iv)"],
    ["Cooling Location Description", "1.1325(b)(1)(iv)"],
    ["Event Date", "1.1325(b)(1)(v)"],
    ["Cooling Date", "1.1325(b)(1)(v)"],
    ["Harvest Location Description", "1.1325(b)(1)(vi)"],
    ["Reference Document Type", "1.1325(b)(1)(vii)"],
    ["Reference Document Number", "1.1325(b)(1)(vii)"],
  ],
  "Initial Packing": [
    ["Commodity", "1.1330(a)(1)"],
    ["Variety", "1.1330(a)(1)"],
    ["Date Received", "1.1330(a)(2)"],
    ["Quantity Received", "1.1330(a)(3)"],
    ["Unit of Measure Received", "1.1330(a)(3)"],
    ["Harvest Location Description", "1.1330(a)(4)"],
    ["Field or Growing Area Name", "1.1330(a)(5)"],
    ["Aquaculture Container Name", "1.1330(a)(6)"],
    ["Harvester Business Name", "1.1330(a)(7)"],
    ["Harvester Phone Number", "1.1330(a)(7)"],
    ["Harvest Date", "1.1330(a)(8)"],
    ["Cooling Location Description", "1.1330(a)(9)"],
    ["Cooling Date", "1.1330(a)(10)"],
    ["Traceability Lot Code", "1.1330(a)(11)"],
    ["Product Description", "1.1330(a)(12)"],
    ["Quantity", "1.1330(a)(13)"],
    ["Unit of Measure", "1.1330(a)(13)"],
    ["Event Location Description", "1.1330(a)(14)"],
    ["Traceability Lot Code Source Location Description", "1.1330(a)(14)"],
    ["Traceability Lot Code Source Reference", "1.1330(a)(14)"],
    ["Event Date", "1.1330(a)(15)"],
    ["Reference Document Type", "1.1330(a)(16)"],
    ["Reference Document Number", "1.1330(a)(16)"],
  ],
  "First Land-Based Receiving": [
    ["Traceability Lot Code", "1.1335(a)"],
    ["Commodity", "1.1335(b)"],
    ["Product Description", "1.1335(b)"],
    ["Quantity", "1.1335(c)"],
    ["Unit of Measure", "1.1335(c)"],
    ["Harvest Date", "1.1335(d)"],
    ["Harvest Area (Fishing)", "1.1335(d)"],
    ["Event Location Description", "1.1335(e)"],
    ["Traceability Lot Code Source Location Description", "1.1335(e)"],
    ["Traceability Lot Code Source Reference", "1.1335(e)"],
    ["Event Date", "1.1335(f)"],
    ["Reference Document Type", "1.1335(g)"],
    ["Reference Document Number", "1.1335(g)"],
  ],
  Shipping: [
    ["Traceability Lot Code", "1.1340(a)(1)"],
    ["Quantity", "1.1340(a)(2)"],
    ["Unit of Measure", "1.1340(a)(2)"],
    ["Product Description", "1.1340(a)(3)"],
    ["Immediate Subsequent Recipient Location Description", "1.1340(a)(4)"],
    ["Event Location Description", "1.1340(a)(5)"],
    ["Event Date", "1.1340(a)(6)"],
    ["Traceability Lot Code Source Location Description", "1.1340(a)(7)"],
    ["Traceability Lot Code Source Reference", "1.1340(a)(7)"],
    ["Reference Document Type", "1.1340(a)(8)"],
    ["Reference Document Number", "1.1340(a)(8)"],
  ],
  Receiving: [
    ["Traceability Lot Code", "1.1345(a)(1)"],
    ["Quantity", "1.1345(a)(2)"],
    ["Unit of Measure", "1.1345(a)(2)"],
    ["Product Description", "1.1345(a)(3)"],
    ["Immediate Previous Source Location Description", "1.1345(a)(4)"],
    ["Event Location Description", "1.1345(a)(5)"],
    ["Event Date", "1.1345(a)(6)"],
    ["Traceability Lot Code Source Location Description", "1.1345(a)(7)"],
    ["Traceability Lot Code Source Reference", "1.1345(a)(7)"],
    ["Reference Document Type", "1.1345(a)(8)"],
    ["Reference Document Number", "1.1345(a)(8)"],
  ],
  Transformation: [
    ["Traceability Lot Code", "1.1350(a)(1)(i) / (a)(2)(i)"],
    ["Product Description", "1.1350(a)(1)(ii) / (a)(2)(iv)"],
    ["Quantity", "1.1350(a)(1)(iii) / (a)(2)(v)"],
    ["Unit of Measure", "1.1350(a)(1)(iii) / (a)(2)(v)"],
    ["Event Location Description", "1.1350(a)(2)(ii)"],
    ["Traceability Lot Code Source Location Description", "1.1350(a)(2)(ii)"],
    ["Traceability Lot Code Source Reference", "1.1350(a)(2)(ii)"],
    ["Event Date", "1.1350(a)(2)(iii)"],
    ["Reference Document Type", "1.1350(a)(2)(vi)"],
    ["Reference Document Number", "1.1350(a)(2)(vi)"],
  ],
};

/** The paragraph whose list each CTE's KDEs (`FSMA204_KDES`) are. */
export const FSMA204_PARAGRAPHS: Record<Cte, string> = {
  Harvesting: "1.1325(a)",
  Cooling: "1.1325(b)",
  "Initial Packing": "1.1330(a)",
  "First Land-Based Receiving": "1.1335",
  Shipping: "1.1340(a)",
  Receiving: "1.1345(a)",
  Transformation: "1.1350(a)",
};

/**
 * The rule's other lists, which replace or extend a CTE's: the seeds of sprouts an initial packer
 * also keeps (§ 1.1330(b)); initial packing (§ 1.1330(c)) and receiving (§ 1.1345(b)) of food from
 * a person to whom the subpart does not apply, where the packer or receiver assigns the lot code.
 */
export const FSMA204_VARIANT_KDES = {
  "1.1330(b)": [
    ["Seed Grower Location Description", "1.1330(b)(1)"],
    ["Seed Harvest Date", "1.1330(b)(1)"],
    ["Seed Conditioner or Processor Location Description", "1.1330(b)(2)"],
    ["Seed Conditioner or Processor Lot Code", "1.1330(b)(2)"],
    ["Seed Conditioning or Processing Date", "1.1330(b)(2)"],
    ["Seed Packinghouse Location Description", "1.1330(b)(3)"],
    ["Seed Packing Date", "1.1330(b)(3)"],
    ["Seed Packinghouse Lot Code", "1.1330(b)(3)"],
    ["Seed Supplier Location Description", "1.1330(b)(4)"],
    ["Seed Supplier Lot Code", "1.1330(b)(4)"],
    ["Sprouter Seed Lot Code", "1.1330(b)(4)"],
    ["Seed Description", "1.1330(b)(5)"],
    ["Seed Receipt Date", "1.1330(b)(6)"],
    ["Reference Document Type", "1.1330(b)(7)"],
    ["Reference Document Number", "1.1330(b)(7)"],
  ],
  "1.1330(c)": [
    ["Commodity", "1.1330(c)(1)"],
    ["Variety", "1.1330(c)(1)"],
    ["Date Received", "1.1330(c)(2)"],
    ["Quantity Received", "1.1330(c)(3)"],
    ["Unit of Measure Received", "1.1330(c)(3)"],
    ["Immediate Previous Source Location Description", "1.1330(c)(4)"],
    ["Traceability Lot Code", "1.1330(c)(5)"],
    ["Product Description", "1.1330(c)(6)"],
    ["Quantity", "1.1330(c)(7)"],
    ["Unit of Measure", "1.1330(c)(7)"],
    ["Event Location Description", "1.1330(c)(8)"],
    ["Traceability Lot Code Source Location Description", "1.1330(c)(8)"],
    ["Traceability Lot Code Source Reference", "1.1330(c)(8)"],
    ["Event Date", "1.1330(c)(9)"],
    ["Reference Document Type", "1.1330(c)(10)"],
    ["Reference Document Number", "1.1330(c)(10)"],
  ],
  "1.1345(b)": [
    ["Traceability Lot Code", "1.1345(b)(1)"],
    ["Quantity", "1.1345(b)(2)"],
    ["Unit of Measure", "1.1345(b)(2)"],
    ["Product Description", "1.1345(b)(3)"],
    ["Immediate Previous Source Location Description", "1.1345(b)(4)"],
    ["Event Location Description", "1.1345(b)(5)"],
    ["Traceability Lot Code Source Location Description", "1.1345(b)(5)"],
    ["Traceability Lot Code Source Reference", "1.1345(b)(5)"],
    ["Event Date", "1.1345(b)(6)"],
    ["Reference Document Type", "1.1345(b)(7)"],
    ["Reference Document Number", "1.1345(b)(7)"],
  ],
} as const satisfies Record<string, readonly Kde[]>;
export type Fsma204Variant = keyof typeof FSMA204_VARIANT_KDES;

/** What decides which of the rule's lists an event's rows follow. */
export type Fsma204Facts = {
  /** The food is sprouts (§ 1.1330(b)). */
  sprouts: boolean;
  /** The food came from a person to whom the subpart does not apply (§§ 1.1330(c), 1.1345(b)). */
  sourceExempt: boolean;
  /** A transformation of a raw agricultural commodity not initially packed before (§ 1.1350(b)). */
  notInitiallyPacked?: boolean;
};

/**
 * The paragraphs a CTE's rows follow and their KDEs, in the rule's order: initial packing of food
 * from an exempt source follows § 1.1330(c) instead of (a), of sprouts (a) or (c) and also (b);
 * receiving from an exempt source § 1.1345(b) instead of (a); a transformation of a raw
 * agricultural commodity not initially packed before § 1.1350(a) and, by § 1.1350(b), also
 * § 1.1330(a) or (c) (and (b) for sprouts). A column two lists share (the reference document of
 * § 1.1330(a)(16) and (b)(7); the new lot code of § 1.1350(a)(2)(i) and § 1.1330(a)(11)) is
 * listed once, where it first comes.
 *
 * @example
 * fsma204KdesOf("Receiving", { sprouts: false, sourceExempt: true }).paragraphs; // ["1.1345(b)"]
 */
export function fsma204KdesOf(cte: Cte, facts: Fsma204Facts): { paragraphs: string[]; kdes: readonly Kde[] } {
  const packs = cte === "Initial Packing" || (cte === "Transformation" && facts.notInitiallyPacked === true);
  const lists: [string, readonly Kde[]][] = [];
  if (cte === "Transformation") lists.push([FSMA204_PARAGRAPHS[cte], FSMA204_KDES[cte]]);
  if (packs && facts.sourceExempt) lists.push(["1.1330(c)", FSMA204_VARIANT_KDES["1.1330(c)"]]);
  else if (packs) lists.push([FSMA204_PARAGRAPHS["Initial Packing"], FSMA204_KDES["Initial Packing"]]);
  else if (cte === "Receiving" && facts.sourceExempt)
    lists.push(["1.1345(b)", FSMA204_VARIANT_KDES["1.1345(b)"]]);
  else if (cte !== "Transformation") lists.push([FSMA204_PARAGRAPHS[cte], FSMA204_KDES[cte]]);
  if (packs && facts.sprouts) lists.push(["1.1330(b)", FSMA204_VARIANT_KDES["1.1330(b)"]]);
  const seen = new Set<Fsma204Column>();
  const kdes = lists.flatMap(([, list]) =>
    list.filter(([column]) => !seen.has(column) && seen.add(column) !== undefined),
  );
  return { paragraphs: lists.map(([paragraph]) => paragraph), kdes };
}
