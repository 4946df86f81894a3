import type { z } from "zod";
import type {
  aggregationEventSchema,
  associationEventSchema,
  businessTransactionSchema,
  destinationSchema,
  epcisDocumentSchema,
  epcisEventSchema,
  errorDeclarationSchema,
  locationSchema,
  objectEventSchema,
  quantityElementSchema,
  sensorElementSchema,
  sensorMetadataSchema,
  sensorReportSchema,
  sourceSchema,
  transactionEventSchema,
  transformationEventSchema,
} from "./schemas.ts";

export type ObjectEvent = z.infer<typeof objectEventSchema>;
export type AggregationEvent = z.infer<typeof aggregationEventSchema>;
export type TransactionEvent = z.infer<typeof transactionEventSchema>;
export type TransformationEvent = z.infer<typeof transformationEventSchema>;
export type AssociationEvent = z.infer<typeof associationEventSchema>;
/** Any EPCIS 2.0 event, discriminated by `type`. */
export type EpcisEvent = z.infer<typeof epcisEventSchema>;
export type EpcisEventType = EpcisEvent["type"];
export type EpcisDocument = z.infer<typeof epcisDocumentSchema>;
export type QuantityElement = z.infer<typeof quantityElementSchema>;
export type Location = z.infer<typeof locationSchema>;
export type BusinessTransaction = z.infer<typeof businessTransactionSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Destination = z.infer<typeof destinationSchema>;
export type SensorElement = z.infer<typeof sensorElementSchema>;
export type SensorMetadata = z.infer<typeof sensorMetadataSchema>;
export type SensorReport = z.infer<typeof sensorReportSchema>;
export type ErrorDeclaration = z.infer<typeof errorDeclarationSchema>;
