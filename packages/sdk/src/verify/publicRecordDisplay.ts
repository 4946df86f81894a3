import { z } from "zod";
import { publicRecordSchema } from "./publicRecord.ts";

/** An EUDR plot geolocation as stored and shown: a GeoJSON Point or Polygon, WGS84 [longitude, latitude]. */
export const plotSchema = z.union([
  z.object({ type: z.literal("Point"), coordinates: z.tuple([z.number(), z.number()]) }),
  z.object({
    type: z.literal("Polygon"),
    coordinates: z.array(z.array(z.tuple([z.number(), z.number()]))),
  }),
]);
export type Plot = z.infer<typeof plotSchema>;

/**
 * A stored document as it is listed for download: its SHA-256 (the id it is fetched by), file name,
 * content type and size in bytes. The API's answers add what each list knows of it.
 */
export const documentFileSchema = z.object({
  sha256: z.string(),
  fileName: z.string().nullable(),
  contentType: z.string(),
  size: z.number().int(),
});

/** A place on the journey, as the API names it for consumers. */
const displayLocationSchema = z.object({
  gln: z.string().nullable(),
  name: z.string(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  /** Its EUDR plot (GeoJSON, WGS84 [longitude, latitude]) when its organisation made the plot public. */
  plot: plotSchema.optional(),
});
/**
 * What the consumer page shows beside the verifiable record: names, places and labels. Nothing in
 * it is verified; `journey[i].index` and `attestations[i].index` point into the record's lists.
 */
export const publicRecordDisplaySchema = z.object({
  product: z.object({
    gtin: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    imageUrls: z.array(z.string()),
    category: z.string().nullable(),
  }),
  lot: z.object({
    lotCode: z.string(),
    productionDate: z.string().nullable(),
    expiryDate: z.string().nullable(),
  }),
  serial: z.string().nullable(),
  organisations: z.array(z.object({ name: z.string(), role: z.enum(["owner", "participant"]) })),
  journey: z.array(
    z.object({
      index: z.number().int(),
      /** The step's id: its event hash, or its anchored leaf when fields of it are withheld. */
      eventHash: z.string(),
      eventTime: z.string(),
      eventTimeZoneOffset: z.string(),
      type: z.string(),
      action: z.string().nullable(),
      bizStep: z.string().nullable(),
      bizStepLabel: z.string().nullable(),
      disposition: z.string().nullable(),
      dispositionLabel: z.string().nullable(),
      organisation: z.string(),
      location: displayLocationSchema.nullable(),
      anchored: z.boolean(),
      /** On a step declared erroneous: the declaration (a step of the journey too) and why. */
      correction: z
        .object({
          declarationHash: z.string(),
          declaredAt: z.string(),
          errorReason: z.string(),
          reason: z.string().nullable(),
          correctiveEventHashes: z.array(z.string()),
        })
        .nullable(),
      /** On an error declaration: the hash of the step it declares erroneous. */
      corrects: z.string().nullable(),
      /** What the record withholds of this step, named for people ("quantities"); absent when nothing. */
      withheld: z.array(z.string()).optional(),
    }),
  ),
  /**
   * The steps whose details are not public (`hiddenSteps[i]` of the record, same order): "a step by
   * {organisation} on {date}, details not public". Absent when there are none.
   */
  hiddenSteps: z
    .array(
      z.object({
        index: z.number().int(),
        organisation: z.string(),
        date: z.string(),
        anchored: z.boolean(),
        /**
         * Its place in time among the journey's steps: how many of them come before it (0 first,
         * `journey.length` last), so pages list it where it happened, not after the public steps.
         */
        position: z.number().int().min(0),
      }),
    )
    .optional(),
  locations: z.array(displayLocationSchema),
  recall: z.object({
    recalled: z.boolean(),
    reason: z.string().nullable(),
    declaredAt: z.string().nullable(),
    /** The recalled lots upstream (`recall.inherited[i]` of the record, same order), named for people. */
    inherited: z
      .array(
        z.object({
          productName: z.string(),
          gtin: z.string(),
          lot: z.string(),
          organisation: z.string(),
          reason: z.string(),
          declaredAt: z.string(),
        }),
      )
      .optional(),
  }),
  attestations: z.array(
    z.object({
      index: z.number().int(),
      auditorName: z.string().nullable(),
      claim: z.string(),
      expiresAt: z.string().nullable(),
      /** When the auditor signed it. */
      signedAt: z.string().optional(),
      /** When it was revoked; absent while it stands. */
      revokedAt: z.string().optional(),
      /** A proof point's claim code and evidence documents; absent for a plain attestation. */
      proofPoint: z
        .object({
          claim: z.string(),
          evidence: z.array(
            documentFileSchema.extend({
              /** Where to download it, when its organisation made it public; `null` otherwise. */
              path: z.string().nullable(),
            }),
          ),
        })
        .optional(),
    }),
  ),
});
/** The API's public record: the SDK's `PublicRecord`, exactly, plus `display`. */
export const publicRecordWithDisplaySchema = publicRecordSchema.extend({
  display: publicRecordDisplaySchema,
});

export type PublicRecordDisplay = z.infer<typeof publicRecordDisplaySchema>;
export type PublicRecordDisplayLocation = z.infer<typeof displayLocationSchema>;
export type PublicRecordJourneyStep = PublicRecordDisplay["journey"][number];
export type PublicRecordWithDisplay = z.infer<typeof publicRecordWithDisplaySchema>;
