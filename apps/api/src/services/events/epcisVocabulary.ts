import { type Database, Prisma } from "@tracemark/db";
import { cbvBusinessSteps, cbvDispositions, cbvTerm } from "@tracemark/sdk";

/** The EPCIS 2.0 top-level resources listed by vocabulary. */
export type VocabularyKind = "epc" | "bizStep" | "disposition" | "bizLocation" | "readPoint";

const EPC_ROLES = ["epc", "child", "parent", "input", "output"];

/**
 * The members of a top-level resource of the EPCIS 2.0 REST binding for one organisation, sorted:
 * the EPCs its events name (in their stored, Digital Link form), the business steps and
 * dispositions of the CBV plus any other its events use (as bare CBV terms), and the business
 * locations and read points of its events.
 *
 * @example
 * await epcisVocabulary(db, organizationId, "bizStep") // ["accepting", "arriving", …]
 */
export async function epcisVocabulary(
  db: Database,
  organizationId: string,
  kind: VocabularyKind,
): Promise<string[]> {
  const org = Prisma.sql`e."organizationId" = ${organizationId}::uuid`;
  let used: { value: string }[];
  if (kind === "epc") {
    used = await db.prisma
      .$queryRaw`SELECT DISTINCT i.value FROM event_identifiers i JOIN events e ON e.id = i."eventId"
      WHERE ${org} AND i.role::text = ANY(${EPC_ROLES}::text[])`;
  } else {
    const column = Prisma.raw(
      {
        bizStep: `e."bizStep"`,
        disposition: "e.disposition",
        bizLocation: `e."bizLocation"`,
        readPoint: `e."readPoint"`,
      }[kind],
    );
    used = await db.prisma
      .$queryRaw`SELECT DISTINCT ${column} AS value FROM events e WHERE ${org} AND ${column} IS NOT NULL`;
  }
  const values = new Set<string>();
  if (kind === "bizStep") for (const step of cbvBusinessSteps) values.add(step);
  if (kind === "disposition") for (const disposition of cbvDispositions) values.add(disposition);
  for (const { value } of used) {
    values.add(kind === "bizStep" || kind === "disposition" ? cbvTerm(kind, value) : value);
  }
  return [...values].sort();
}
