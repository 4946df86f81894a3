import {
  cbvBusinessSteps,
  cbvDispositions,
  describeDateProblem,
  describeKeyProblem,
  describeLotCodeProblem,
  describeQuantityProblem,
  describeUnitProblem,
  InvalidEpcisError,
  locationUri,
  lotClassUri,
  normalizeGtin,
  parseEpcisEvent,
  TracemarkError,
} from "@tracemark/sdk";
import { eventListOf } from "../capture/acceptCapture.ts";
import { type PreparedEvent, prepareEvent } from "../capture/prepareEvent.ts";
import { tradeItemKey } from "../services/identifiers/epcisIdentifiers.ts";
import { RowCheck } from "./cellChecks.ts";
import { CHECK_BLOCK, type CheckContext } from "./checkMasterDataRows.ts";
import type { ImportProblem, ImportRow } from "./types.ts";

/** An event ready to store, and the row (or the document's event, from 1) it came from. */
export type EventPlan = { row: number; prepared: PreparedEvent };
/**
 * A lot that events of the file name and the file asked to create; with `productName` when its product,
 * of `gtin`, is not recorded yet and is created too.
 */
export type NewLot = { gtin: string; lotCode: string; productName?: string };
export type CheckEventsReturnType = { problems: ImportProblem[]; plan: EventPlan[]; newLots: NewLot[] };

/** A lot an event names: where (row, column), its GTIN and code, and the name of a new product (rows only). */
type LotReference = { row: number; column: string; gtin: string; lotCode: string; productName?: string };

const steps = new Set<string>(cbvBusinessSteps);
const dispositions = new Set<string>(cbvDispositions);

/** Vocabulary words that look like the one typed (same first three letters), for the fix. */
function nearest(word: string, vocabulary: readonly string[]): string {
  const like = vocabulary.filter((v) => v.slice(0, 3) === word.toLowerCase().slice(0, 3));
  return (like.length > 0 ? like : vocabulary.slice(0, 8)).slice(0, 5).join(", ");
}

/**
 * Checks every row of an events file (one observation per row: GTIN and lot, CBV business step,
 * time with its time zone, optional disposition, quantity with its UN/ECE unit, and the GLN of one
 * of the organisation's locations) and builds each as an EPCIS 2.0 ObjectEvent checked by the SDK.
 * Then `checkEventReferences`: every lot named must be one the organisation owns or received.
 *
 * @example
 * const { problems, plan, newLots } = await checkEventRows(context, rows);
 */
export async function checkEventRows(
  context: CheckContext,
  rows: ImportRow[],
): Promise<CheckEventsReturnType> {
  const problems: ImportProblem[] = [];
  const built: EventPlan[] = [];
  const references: LotReference[] = [];
  const places = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    const check = new RowCheck(row);
    const rawGtin = check.checked("gtin", check.required("gtin", "GTIN"), (value) =>
      describeKeyProblem({ kind: "GTIN", value }),
    );
    const gtin = rawGtin === undefined ? undefined : normalizeGtin(rawGtin);
    const lotCode = check.checked("lot", check.required("lot", "lot code"), describeLotCodeProblem);
    const bizStep = check.required("bizStep", "business step");
    if (bizStep !== undefined && !bizStep.includes(":") && !steps.has(bizStep)) {
      check.add("bizStep", bizStep, {
        problem: `"${bizStep}" is not a CBV business step.`,
        fix: `Write one of the CBV steps, e.g. ${nearest(bizStep, cbvBusinessSteps)}.`,
      });
    }
    const eventTime = check.checked("eventTime", check.required("eventTime", "event time"), (value) =>
      describeDateProblem({ kind: "dateTime", value }),
    );
    const disposition = check.value("disposition");
    if (disposition !== undefined && !disposition.includes(":") && !dispositions.has(disposition)) {
      check.add("disposition", disposition, {
        problem: `"${disposition}" is not a CBV disposition.`,
        fix: `Write one of the CBV dispositions, e.g. ${nearest(disposition, cbvDispositions)}.`,
      });
    }
    const quantity = check.checked("quantity", check.value("quantity"), describeQuantityProblem);
    const unit = check.checked("unit", check.value("unit"), describeUnitProblem);
    if (check.value("unit") !== undefined && check.value("quantity") === undefined) {
      check.add("quantity", undefined, {
        problem: "A unit is given without a quantity.",
        fix: "Fill in the quantity, or empty the unit.",
      });
    }
    const gln = check.checked("locationGln", check.value("locationGln"), (value) =>
      describeKeyProblem({ kind: "GLN", value }),
    );
    if (gln !== undefined && !places.has(gln)) places.set(gln, row.row);
    const productName = check.text("productName", 200);
    if (check.problems.length === 0 && gtin && lotCode && bizStep && eventTime) {
      const offset = /([+-]\d{2}:\d{2}|Z)$/i.exec(eventTime)?.[1]?.toUpperCase() ?? "Z";
      const event = {
        type: "ObjectEvent",
        action: "OBSERVE",
        eventTime,
        eventTimeZoneOffset: offset === "Z" ? "+00:00" : offset,
        epcList: [],
        quantityList: [
          {
            epcClass: lotClassUri(gtin, lotCode),
            ...(quantity ? { quantity: Number(quantity) } : {}),
            ...(unit ? { uom: unit } : {}),
          },
        ],
        bizStep,
        ...(disposition ? { disposition } : {}),
        ...(gln ? { bizLocation: { id: locationUri({ gln }) } } : {}),
      };
      const prepared = prepareChecked(check, event);
      if (prepared) {
        built.push({ row: row.row, prepared });
        references.push({
          row: row.row,
          column: "lot",
          gtin,
          lotCode,
          ...(productName ? { productName } : {}),
        });
      }
    }
    problems.push(...check.problems);
    if ((index + 1) % CHECK_BLOCK === 0 || index + 1 === rows.length) await context.onChecked(index + 1);
  }
  problems.push(...(await unknownPlaces(context, places)));
  return finishEvents(context, problems, built, references);
}

/**
 * Checks every event of an EPCIS 2.0 JSON document (an EPCISDocument or EPCISQueryDocument) with
 * the SDK, each problem named by its event (`row`: its position from 1) and field; then the lots
 * they name, as for a file of rows.
 *
 * @example
 * const { problems, plan } = await checkEpcisEvents(context, JSON.parse(text), 50_000);
 */
export async function checkEpcisEvents(
  context: CheckContext,
  document: unknown,
  maxRows: number,
): Promise<CheckEventsReturnType & { rowCount: number }> {
  const { list } = eventListOf(document);
  if (!list || list.length === 0) {
    return {
      rowCount: 0,
      plan: [],
      newLots: [],
      problems: [
        {
          row: 1,
          column: "epcisBody.eventList",
          problem: "The document holds no events (an EPCISDocument with epcisBody.eventList).",
          fix: "Export the events again as an EPCIS 2.0 JSON document.",
        },
      ],
    };
  }
  if (list.length > maxRows) {
    return {
      rowCount: list.length,
      plan: [],
      newLots: [],
      problems: [
        {
          row: 1,
          column: "epcisBody.eventList",
          problem: `The document holds ${list.length} events; an import takes at most ${maxRows}.`,
          fix: `Split it into documents of at most ${maxRows} events.`,
        },
      ],
    };
  }
  const context_ = (document as { "@context"?: unknown })["@context"];
  const problems: ImportProblem[] = [];
  const built: EventPlan[] = [];
  const references: LotReference[] = [];
  for (const [index, raw] of list.entries()) {
    const check = new RowCheck({ row: index + 1, cells: new Map() });
    const prepared = prepareChecked(check, raw, context_);
    if (prepared) {
      built.push({ row: index + 1, prepared });
      for (const { role, value } of prepared.identifiers) {
        const key = tradeItemKey(value);
        if (key?.lot !== undefined)
          references.push({ row: index + 1, column: role, gtin: key.gtin, lotCode: key.lot });
      }
    }
    problems.push(...check.problems);
    if ((index + 1) % CHECK_BLOCK === 0 || index + 1 === list.length) await context.onChecked(index + 1);
  }
  return { rowCount: list.length, ...(await finishEvents(context, problems, built, references)) };
}

function prepareChecked(
  check: RowCheck,
  event: unknown,
  documentContext?: unknown,
): PreparedEvent | undefined {
  try {
    return prepareEvent({
      event: parseEpcisEvent(event as Record<string, unknown>),
      context: documentContext as Parameters<typeof prepareEvent>[0]["context"],
    });
  } catch (error) {
    if (error instanceof InvalidEpcisError) {
      for (const issue of error.issues) {
        check.add(issue.path || "event", undefined, {
          problem: `The event's ${issue.path || "content"} is refused: ${issue.message}.`,
          fix: "Correct the field as EPCIS 2.0 defines it.",
        });
      }
      return undefined;
    }
    if (error instanceof TracemarkError) {
      check.add("event", undefined, {
        problem: error.details ?? error.shortMessage,
        fix: "Correct the event.",
      });
      return undefined;
    }
    throw error;
  }
}

/** Locations (by GLN, first row naming each) that are none of the organisation's. */
async function unknownPlaces(context: CheckContext, places: Map<string, number>): Promise<ImportProblem[]> {
  if (places.size === 0) return [];
  const known = new Set(
    (
      await context.db.prisma.location.findMany({
        where: { organizationId: context.organizationId, gln: { in: [...places.keys()] } },
        select: { gln: true },
      })
    ).map((l) => l.gln),
  );
  return [...places]
    .filter(([gln]) => !known.has(gln))
    .map(([gln, row]) => ({
      row,
      column: "locationGln",
      value: gln,
      problem: `GLN ${gln} is none of your locations.`,
      fix: "Import the location first (a locations file), or correct the GLN.",
    }));
}

/**
 * The file's events checked against the record: an event twice in the file or already recorded is
 * a problem; each lot named must be the organisation's or received through custody; a lot not
 * recorded is created only when the file asks for it and the product is the organisation's.
 */
async function finishEvents(
  context: CheckContext,
  problems: ImportProblem[],
  built: EventPlan[],
  references: LotReference[],
): Promise<CheckEventsReturnType> {
  const seen = new Map<string, number>();
  const plan: EventPlan[] = [];
  for (const item of built) {
    const first = seen.get(item.prepared.eventHash);
    if (first === undefined) {
      seen.set(item.prepared.eventHash, item.row);
      plan.push(item);
    } else {
      problems.push({
        row: item.row,
        column: "eventTime",
        problem: `The event is the same as row ${first}'s (same lot, step, time and place).`,
        fix: "Delete one of the two rows.",
      });
    }
  }
  const stored = await context.db.prisma.event.findMany({
    where: { eventHash: { in: [...seen.keys()] } },
    select: { eventHash: true },
  });
  for (const { eventHash } of stored) {
    problems.push({
      row: seen.get(eventHash) ?? 1,
      column: "eventTime",
      problem: "The event is already recorded.",
      fix: "Delete the row: importing it again would record nothing new.",
    });
  }
  const newLots = await checkLotReferences(context, references, problems);
  problems.sort((x, y) => x.row - y.row);
  return { problems, plan, newLots };
}

async function checkLotReferences(
  context: CheckContext,
  references: LotReference[],
  problems: ImportProblem[],
): Promise<NewLot[]> {
  if (references.length === 0) return [];
  const { organizationId } = context;
  const gtins = [...new Set(references.map((r) => r.gtin))];
  const products = new Map(
    (
      await context.db.prisma.product.findMany({
        where: { gtin: { in: gtins } },
        select: { id: true, gtin: true, organizationId: true },
      })
    ).map((p) => [p.gtin, p]),
  );
  const lots = await context.db.prisma.$queryRaw<
    { gtin: string; code: string; id: string; organizationId: string }[]
  >`
    SELECT p.gtin, l."lotCode" AS code, l.id, l."organizationId"
    FROM unnest(${references.map((r) => r.gtin)}::text[], ${references.map((r) => r.lotCode)}::text[]) AS k(gtin, code)
    JOIN products p ON p.gtin = k.gtin
    JOIN lots l ON l."productId" = p.id AND l."lotCode" = k.code`;
  const lotByKey = new Map(lots.map((l) => [`${l.gtin}\u0000${l.code}`, l]));
  const foreign = lots.filter((l) => l.organizationId !== organizationId).map((l) => l.id);
  const received = new Set(
    foreign.length === 0
      ? []
      : (
          await context.db.prisma.custodyTransfer.findMany({
            where: {
              toOrgId: organizationId,
              lotId: { in: foreign },
              status: { in: ["pending", "completed"] },
            },
            select: { lotId: true },
          })
        ).map((t) => t.lotId),
  );
  const newLots = new Map<string, NewLot>();
  /** Products created by the file, by GTIN: the first row naming one names it. */
  const newProductNames = new Map<string, string>();
  const reported = new Set<string>();
  for (const reference of references) {
    const key = `${reference.gtin}\u0000${reference.lotCode}`;
    const lot = lotByKey.get(key);
    const product = products.get(reference.gtin);
    const report = (problem: string, fix: string) => {
      if (reported.has(`${reference.row}\u0000${key}`)) return;
      reported.add(`${reference.row}\u0000${key}`);
      problems.push({ row: reference.row, column: reference.column, value: reference.lotCode, problem, fix });
    };
    if (lot) {
      if (lot.organizationId !== organizationId && !received.has(lot.id)) {
        report(
          `Lot ${reference.lotCode} of GTIN ${reference.gtin} is another organisation's and was not shipped to you.`,
          "An event joins a lot's record only when you own the lot or received it; check the GTIN and lot.",
        );
      }
    } else if (!product) {
      const productName = newProductNames.get(reference.gtin) ?? reference.productName;
      if (context.createMissing && productName !== undefined) {
        newProductNames.set(reference.gtin, productName);
        newLots.set(key, { gtin: reference.gtin, lotCode: reference.lotCode, productName });
      } else {
        report(
          `GTIN ${reference.gtin} is no product recorded here.`,
          context.createMissing
            ? "Give the new product's productName on the row, import the product first (a products file), or correct the GTIN."
            : "Import the product first (a products file), or tick “create missing” and give its productName, or correct the GTIN.",
        );
      }
    } else if (product.organizationId !== organizationId) {
      report(
        `Lot ${reference.lotCode} of GTIN ${reference.gtin} is not recorded, and the product is another organisation's.`,
        "Check the lot code: only the product's owner records its lots.",
      );
    } else if (!context.createMissing) {
      report(
        `Lot ${reference.lotCode} of GTIN ${reference.gtin} is not recorded.`,
        "Import the lot first (a lots file), or tick “create missing lots”.",
      );
    } else {
      newLots.set(key, { gtin: reference.gtin, lotCode: reference.lotCode });
    }
  }
  return [...newLots.values()];
}
