import { GS1_VOC } from "./resolverLinks";

/**
 * The resolver description file served at `/.well-known/gs1resolver` (GS1-Conformant Resolver
 * standard, its description-file schema): this origin as the resolver root, the primary keys it
 * resolves (01 GTIN, 00 SSCC, 414 GLN) and the link-type vocabulary it uses.
 *
 * @example
 * resolverDescription("https://trace.example.com").supportedPrimaryKeys // ["01", "00", "414"]
 */
export function resolverDescription(origin: string) {
  return {
    name: "Tracemark",
    resolverRoot: origin,
    supportedPrimaryKeys: ["01", "00", "414"],
    supportedLinkType: [{ namespace: GS1_VOC, prefix: "gs1:" }],
    linkTypeDefaultCanBeLinkset: false,
  };
}
