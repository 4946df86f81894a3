// epcis2.js ships its declarations under @types/ without naming them in its package.json.
declare module "epcis2.js" {
  const epcis2: typeof import("epcis2.js/@types/epcis2.js/index.js");
  export default epcis2;
}
