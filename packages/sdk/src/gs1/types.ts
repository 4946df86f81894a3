/** The parts of a GS1 Digital Link URI for a trade item (primary key AI 01, GTIN). */
export type DigitalLink = {
  /**
   * Where the link resolves: scheme, host and an optional path prefix, without a trailing slash,
   * e.g. `"https://id.gs1.org"` or `"https://example.com/dl"`. `undefined` for a path-only link.
   */
  domain?: string | undefined;
  /** GTIN, normalised to 14 digits. */
  gtin: string;
  /** AI 22, consumer product variant. */
  cpv?: string | undefined;
  /** AI 10, batch or lot number. */
  lot?: string | undefined;
  /** AI 21, serial number. */
  serial?: string | undefined;
  /**
   * Query-string attributes: GS1 data attributes keyed by their AI (e.g. `"17"` expiry date,
   * `YYMMDD`) and other parameters (e.g. `linkType`). Values are plain (not percent-encoded).
   */
  attributes?: Record<string, string> | undefined;
};

/** The parts of a GS1 Digital Link URI of a logistic unit (primary key AI 00, SSCC). */
export type SsccDigitalLink = {
  /** As in `DigitalLink`. */
  domain?: string | undefined;
  /** SSCC, 18 digits. */
  sscc: string;
  /** As in `DigitalLink`. */
  attributes?: Record<string, string> | undefined;
};

/** The parts of a GS1 Digital Link URI of a location (primary key AI 414, GLN). */
export type GlnDigitalLink = {
  /** As in `DigitalLink`. */
  domain?: string | undefined;
  /** GLN, 13 digits. */
  gln: string;
  /** AI 254, GLN extension component (a sub-location). */
  glnExtension?: string | undefined;
  /** As in `DigitalLink`. */
  attributes?: Record<string, string> | undefined;
};

/** A GS1 Digital Link of any primary key the SDK knows, told apart by `key`, its AI. */
export type Gs1DigitalLink =
  | ({ key: "01" } & DigitalLink)
  | ({ key: "00" } & SsccDigitalLink)
  | ({ key: "414" } & GlnDigitalLink);
