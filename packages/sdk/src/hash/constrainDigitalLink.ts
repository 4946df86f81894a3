const shortNames: Record<string, string> = {
  gtin: "01",
  itip: "8006",
  cpid: "8010",
  gln: "414",
  party: "417",
  gsrnp: "8017",
  gsrn: "8018",
  gcn: "255",
  sscc: "00",
  gdti: "253",
  ginc: "401",
  gsin: "402",
  grai: "8003",
  giai: "8004",
  cpv: "22",
  lot: "10",
  ser: "21",
};
const primaryKeys = new Set([
  "01",
  "8006",
  "8010",
  "414",
  "417",
  "8017",
  "8018",
  "255",
  "00",
  "253",
  "401",
  "402",
  "8003",
  "8004",
]);

const x = "(?:%[0-9A-Fa-f]{2}|[\"'\\-.0-9;-?A-Z_a-z])";
const allowed = new RegExp(
  [
    "00/\\d{18}",
    `01/\\d{14}(?:/(?:21|10)/${x}{1,20}|/235/${x}{1,28})?`,
    `253/\\d{13}${x}{0,17}`,
    "255/\\d{13}\\d{0,12}",
    `401/${x}{1,30}`,
    "402/\\d{17}",
    `414/\\d{13}(?:/254/${x}{1,20})?`,
    "417/\\d{13}",
    `8003/\\d{14}${x}{0,16}`,
    `8004/${x}{1,30}`,
    `8006/\\d{18}(?:/(?:21|10)/${x}{1,20})?`,
    "8010/[#\\-/0-9A-Z]{1,30}(?:/8011/\\d{1,12})?",
    "8017/\\d{18}",
    "8018/\\d{18}",
  ]
    .map((p) => `(?:${p})`)
    .join("|"),
);
const allowedWhole = new RegExp(`^(?:${allowed.source})$`);

/**
 * CBV 2.0 event hash rule 18: a GS1 Digital Link URI takes its constrained canonical form —
 * domain `https://id.gs1.org`, no query string, AIs instead of short names, GTIN as 14 digits, no
 * CPV, and only the finest identification level (serial wins over lot). Returns `undefined` when
 * `uri` is not a GS1 Digital Link URI, so the value is hashed as it is.
 */
export function constrainDigitalLink(uri: string): string | undefined {
  const match = /^https?:\/\/[^/?#]+(\/[^?#]*)(?:\?[^#]*)?(?:#.*)?$/.exec(uri);
  if (!match) return undefined;
  const segments = (match[1] as string).split("/").slice(1);
  if (segments.at(-1) === "") segments.pop();
  const mapped = segments.map((s) => shortNames[s] ?? s);
  const start = mapped.findIndex((s, i) => primaryKeys.has(s) && /^\d{4}/.test(segments[i + 1] ?? ""));
  if (start < 0) return undefined;
  const parts = mapped.slice(start);
  const pairs: [string, string][] = [];
  for (let i = 0; i < parts.length; i += 2) pairs.push([parts[i] as string, parts[i + 1] ?? ""]);
  const [primary] = pairs;
  if (!primary) return undefined;
  if (primary[0] === "01" && /^\d+$/.test(primary[1]) && [8, 12, 13].includes(primary[1].length)) {
    primary[1] = primary[1].padStart(14, "0");
  }
  let kept = pairs.filter(([ai]) => ai !== "22");
  if (kept.some(([ai]) => ai === "21")) kept = kept.filter(([ai]) => ai !== "10");
  const path = kept.map(([ai, value]) => `${ai}/${value}`).join("/");
  return allowedWhole.test(path) ? `https://id.gs1.org/${path}` : undefined;
}
