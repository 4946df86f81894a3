import type { ValueProblem } from "./types.ts";

/** Everyday spellings of units and their UN/ECE Recommendation 20 code (what EPCIS's `uom` holds). */
const everyday: Record<string, string> = {
  kg: "KGM",
  kgs: "KGM",
  kilo: "KGM",
  kilos: "KGM",
  kilogram: "KGM",
  kilograms: "KGM",
  g: "GRM",
  gram: "GRM",
  grams: "GRM",
  t: "TNE",
  tonne: "TNE",
  tonnes: "TNE",
  l: "LTR",
  litre: "LTR",
  litres: "LTR",
  liter: "LTR",
  liters: "LTR",
  ml: "MLT",
  lb: "LBR",
  lbs: "LBR",
  oz: "ONZ",
  m: "MTR",
  m3: "MTQ",
  pcs: "H87",
  pc: "H87",
  piece: "H87",
  pieces: "H87",
  each: "H87",
  ea: "H87",
  unit: "H87",
  units: "H87",
  box: "XBX",
  boxes: "XBX",
  case: "XCS",
  cases: "XCS",
  pallet: "XPX",
  pallets: "XPX",
};

/**
 * What is wrong with a unit of measure of an imported row (EPCIS `uom`: a UN/ECE Recommendation 20
 * code of 2–3 upper-case letters or digits, such as KGM, LTR or H87), with the code to write when a
 * person typed an everyday spelling ("kg"); undefined when it has the form of a code.
 *
 * @example
 * describeUnitProblem("kg") // { problem: "\"kg\" is not a UN/ECE unit code.", fix: "Write KGM (…)" }
 */
export function describeUnitProblem(value: string): ValueProblem | undefined {
  if (/^[A-Z0-9]{2,3}$/.test(value)) return undefined;
  const code =
    everyday[value.trim().toLowerCase()] ??
    (/^[a-z0-9]{2,3}$/i.test(value) ? value.toUpperCase() : undefined);
  return {
    problem: `"${value}" is not a UN/ECE unit code.`,
    fix: code
      ? `Write ${code} (the UN/ECE Recommendation 20 code for it).`
      : "Write a UN/ECE Recommendation 20 code, e.g. KGM for kilograms, LTR for litres, H87 for pieces.",
  };
}
