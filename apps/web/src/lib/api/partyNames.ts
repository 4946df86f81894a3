import { partyUri, pglnUri } from "@tracemark/sdk";

/**
 * Names of companies by the identifiers events carry for them as sources and destinations: their
 * PGLN (`https://id.gs1.org/417/<gln>`) when they have a GLN, else our URN (`urn:tracemark:org:<id>`).
 *
 * @example
 * partyNames([{ id: "…", name: "Org B", gln: "9520123456788" }])["https://id.gs1.org/417/9520123456788"] // "Org B"
 */
export function partyNames(parties: { id: string; name: string; gln?: string | null | undefined }[]) {
  const names: Record<string, string> = {};
  for (const p of parties) {
    names[partyUri({ id: p.id, gln: null })] = p.name;
    if (p.gln) names[pglnUri(p.gln)] = p.name;
  }
  return names;
}
