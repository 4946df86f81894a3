/**
 * What the EPCIS 2.0 REST binding (GS1's `REST Bindings/openapi.yaml`, vendored in
 * `src/epcis/fixtures/`) fixes for every endpoint: its header names, the versions Tracemark speaks,
 * and its problem types (`epcisException:…`).
 */

/** The EPCIS and CBV versions Tracemark implements (the binding's `version` pattern `^\d+(\.\d+)*$`). */
export const EPCIS_VERSION = "2.0.0";
export const CBV_VERSION = "2.0.0";

/** The binding's header names (`components/headers` and `components/parameters`). */
export const GS1_HEADERS = {
  epcisVersion: "GS1-EPCIS-Version",
  epcisMin: "GS1-EPCIS-Min",
  epcisMax: "GS1-EPCIS-Max",
  cbvVersion: "GS1-CBV-Version",
  cbvMin: "GS1-CBV-Min",
  cbvMax: "GS1-CBV-Max",
  extensions: "GS1-Extensions",
  captureErrorBehaviour: "GS1-Capture-Error-Behaviour",
  captureLimit: "GS1-EPCIS-Capture-Limit",
  captureFileSizeLimit: "GS1-EPCIS-Capture-File-Size-Limit",
} as const;

/** `GS1-Capture-Error-Behaviour` values a client may send (`all` is only the server's announcement). */
export const CAPTURE_ERROR_BEHAVIOURS = ["rollback", "proceed"] as const;
export type CaptureErrorBehaviour = (typeof CAPTURE_ERROR_BEHAVIOURS)[number];

/**
 * The binding's problem type for each HTTP status it documents (the `enum` of `type` in each
 * `components/responses` schema; for 404 the schema's `NoSuchNameException`, not its example's
 * `NoSuchResourceException`). Other statuses have none.
 */
export const EPCIS_PROBLEM_TYPES: Readonly<Record<number, string>> = {
  400: "epcisException:ValidationException",
  401: "epcisException:SecurityException",
  403: "epcisException:SecurityException",
  404: "epcisException:NoSuchNameException",
  406: "epcisException:NotAcceptableException",
  409: "epcisException:ResourceAlreadyExistsException",
  413: "epcisException:CaptureLimitExceededException",
  415: "epcisException:UnsupportedMediaTypeException",
  500: "epcisException:ImplementationException",
  501: "epcisException:ImplementationException",
};

/** Route `config` marking an endpoint of the binding: its headers, version checks and problem types apply. */
export const EPCIS_BINDING_ROUTE = { epcisBinding: true } as const;
