import { z } from "zod";

const hex32 = z.string().regex(/^0x[0-9a-fA-F]{64}$/, "expected 32 bytes as 0x-prefixed hex");
const hex16 = z.string().regex(/^0x[0-9a-fA-F]{32}$/, "expected 16 bytes as 0x-prefixed hex");
const address = z.string().regex(/^0x[0-9a-fA-F]{40}$/, "expected an address");
const hex = z
  .string()
  .regex(/^0x([0-9a-fA-F]{2})*$/, "expected 0x-prefixed hex")
  .meta({ examples: ["0x5ca1ab1e"] });
const isoTime = z.iso.datetime({ offset: true, message: "expected an ISO 8601 date-time" });
const uint = z.string().regex(/^\d+$/, "expected a non-negative integer as a decimal string");

/** Where and how an event was anchored, as the API claims it. */
export const publicRecordAnchorSchema = z.discriminatedUnion("type", [
  z.object({
    /** Anchored in a Merkle batch (`anchorBatch`). */
    type: z.literal("batch"),
    root: hex32,
    /**
     * Sibling hashes from the event's leaf to `root`; absent when the record is served without its
     * proofs (`GET /public/…`: they come apart, `PublicRecordProofs`), and then nothing proves the anchor.
     */
    proof: z.array(hex32).optional(),
    blockNumber: z.number().int().nonnegative(),
    anchoredAt: isoTime,
    transactionHash: hex32.optional(),
  }),
  z.object({
    /** Anchored alone (`anchorEvent`), recorded by an `EventAnchored` log. */
    type: z.literal("event"),
    blockNumber: z.number().int().nonnegative(),
    anchoredAt: isoTime,
    transactionHash: hex32.optional(),
  }),
]);

const salt = z
  .string()
  .regex(/^0x([0-9a-f]{2}){16,}$/, "expected a salt of 16 or more bytes as lowercase hex")
  .meta({ examples: ["0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6"] });

/**
 * How a version-2 event is proven (`discloseEvent`): the salts of the groups it shows, the digests
 * of the groups it withholds, and the event hash's salt (nothing withheld) or salted commitment.
 */
export const publicRecordDisclosureSchema = z.object({
  salts: z.record(z.string(), salt),
  withheld: z.record(z.string(), hex32),
  eventHashSalt: salt.optional(),
  eventHashCommitment: hex32.optional(),
});

export const publicRecordEventSchema = z.object({
  /**
   * The event's id, its EPCIS event hash `ni:///sha-256;…?ver=CBV2.0`; absent when fields of the
   * event are withheld (with the fields shown, it would let anyone test guesses of a hidden value).
   */
  eventHash: z.string().optional(),
  /** The format of the anchored leaf (`LeafVersion`); absent: 1, the event hash digest. */
  leafVersion: z.union([z.literal(1), z.literal(2)]).optional(),
  /** Version 2: the anchored leaf value, recomputed by verifiers from `event` and `disclosure`. */
  leaf: hex32.optional(),
  /** Version 2: the proof of the fields shown and the digests of those withheld. */
  disclosure: publicRecordDisclosureSchema.optional(),
  /**
   * The SDK's event hash rule version that computed `eventHash` (`EventHashRuleVersion`); absent in
   * records served before it existed, whose events were all hashed under version 1.
   */
  hashVersion: z.union([z.literal(1), z.literal(2)]).optional(),
  /**
   * The organisation that recorded and anchored this event, when it is not the record's own (a
   * lot's journey crosses organisations: the receiver anchors its receiving event).
   */
  organisation: z.object({ id: hex16, name: z.string() }).optional(),
  /** The EPCIS 2.0 event (JSON-LD form) as captured, without its withheld fields. */
  event: z.record(z.string(), z.unknown()),
  /** How it was anchored; `null` while not anchored yet. */
  anchor: publicRecordAnchorSchema.nullable(),
});

export const publicRecordAttestationSchema = z.object({
  /** The EAS attestation UID; `null` for a signed attestation not yet on chain. */
  uid: hex32.nullable(),
  attester: address,
  subjectKind: z.enum(["lot", "event", "batch"]),
  /** The lot key, the event hash digest, or the batch root. */
  subject: hex32,
  claim: z.string(),
  evidenceHash: hex32,
  /** When it expires; `null` never. */
  expirationTime: isoTime.nullable(),
  /** For an attestation signed by delegation but not yet relayed: the signature and what it signed. */
  delegation: z.object({ signature: hex, nonce: uint, deadline: uint }).nullable().optional(),
  /**
   * When it attests a proof point: the SHA-256 of each of its evidence documents, whose
   * `computeEvidenceHash` must be `evidenceHash`. Absent for a plain attestation.
   */
  proofPoint: z.object({ id: z.uuid(), evidence: z.array(z.object({ sha256: hex32 })).min(1) }).optional(),
  /** When it was revoked, as the record knows it (a revoked proof point stays shown, flagged); absent while it stands. */
  revokedAt: isoTime.optional(),
});

/** A recall of a lot upstream of the record's lot (an input it was made from, a pallet it came on), as the API claims it. */
export const publicRecordInheritedRecallSchema = z.object({
  /** The recalling organisation (the recalled lot's owner) and its registry id, to read its recall state. */
  organisation: z.object({ id: hex16, name: z.string() }),
  gtin: z.string(),
  lot: z.string(),
  /** `computeLotKey` of `gtin` and `lot`: the key the recall is declared under on chain. */
  lotKey: hex32,
  declaredAt: isoTime,
});

/**
 * A step of the record whose organisation keeps its details from the public (visibility `partners`
 * or `private`): who and which day, and what proves it is anchored: its leaf and, once anchored,
 * its anchor. No event, event hash or anything of what happened.
 */
export const publicRecordHiddenStepSchema = z.object({
  /** The organisation that recorded and anchored the step, by its public registry id. */
  organisation: z.object({ id: hex16, name: z.string() }),
  /** The day of the step (UTC, YYYY-MM-DD). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD"),
  /** Its anchored Merkle leaf. */
  leaf: hex32,
  /** How it was anchored; `null` while not anchored yet. */
  anchor: publicRecordAnchorSchema.nullable(),
});

/**
 * How many of the lot's events a record leaves out, by whose. A record shows at most 1,000 of them
 * (events and hidden steps together): the owner's latest first, so no other organisation's volume
 * can push them out, then the latest of the organisations the lot was shipped to. What is left out
 * is therefore the earliest of the owner's and the earliest of the partners' events. Nothing of
 * them is in the record, so `verifyRecord` checks none of them; the count is the server's word
 * (nothing on chain says which leaves belong to a lot).
 */
export const publicRecordOmittedEventsSchema = z
  .object({
    owner: z
      .number()
      .int()
      .nonnegative()
      .meta({ description: "The lot owner's events left out: its earliest." }),
    partners: z.number().int().nonnegative().meta({
      description:
        "The events left out of the organisations the lot was shipped to: their earliest (all of them when the owner's fill the record).",
    }),
  })
  .meta({
    description:
      "How many of the lot's events the record leaves out, by whose (both 0 when it shows them all). A record shows at most 1,000 events and hidden steps: the owner's latest first, then its partners' latest. Verify checks none of those left out, and the count is the server's word.",
    examples: [{ owner: 0, partners: 165 }],
  });

/**
 * A product's public record, exactly as the API serves it to the consumer page and as
 * `verifyRecord` checks it: who made it, what happened (EPCIS events with their anchors and Merkle
 * proofs), what auditors attested, and whether the lot is recalled.
 */
export const publicRecordSchema = z.object({
  chainId: z.number().int().positive(),
  organisation: z.object({ id: hex16, name: z.string() }),
  product: z.object({
    gtin: z.string(),
    lot: z.string().nullable(),
    serial: z.string().nullable(),
    name: z.string().optional(),
  }),
  /** The JSON-LD `@context` of the events (namespaces of their extensions), if any. */
  context: z.unknown().optional(),
  events: z.array(publicRecordEventSchema),
  /** Steps whose details are not public, in time order; absent when there are none. */
  hiddenSteps: z.array(publicRecordHiddenStepSchema).optional(),
  /** The lot's events the record leaves out (beyond its cap); both 0 when it shows them all. */
  omittedEvents: publicRecordOmittedEventsSchema,
  attestations: z.array(publicRecordAttestationSchema),
  recall: z.object({
    recalled: z.boolean(),
    declaredAt: isoTime.nullable(),
    /** Active recalls of lots upstream of this one; absent when there are none. */
    inherited: z.array(publicRecordInheritedRecallSchema).optional(),
  }),
});

/**
 * What only Verify needs of a public record, served apart from it (`GET /public/01/…/proofs`) so
 * that the record a consumer page reads stays small: per anchored leaf (a version-2 event's `leaf`,
 * a version-1 event's `eventHashToLeaf(eventHash)`, a hidden step's `leaf`; lowercase hex), its
 * Merkle proof when anchored in a batch and, for a version-2 event, its disclosure. Nothing in it is
 * trusted: `verifyRecord` checks it with the record (`separatePublicRecordProofs` makes it).
 */
export const publicRecordProofsSchema = z
  .object({
    leaves: z.record(
      hex32,
      z.object({ proof: z.array(hex32).optional(), disclosure: publicRecordDisclosureSchema.optional() }),
    ),
  })
  .meta({
    examples: [
      {
        leaves: {
          [`0x${"6a".repeat(32)}`]: { proof: [`0x${"1f".repeat(32)}`, `0x${"c4".repeat(32)}`] },
          [`0x${"b2".repeat(32)}`]: {
            proof: [`0x${"3d".repeat(32)}`],
            disclosure: {
              salts: { what: "0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6" },
              withheld: { quantities: `0x${"9e".repeat(32)}` },
              eventHashCommitment: `0x${"47".repeat(32)}`,
            },
          },
        },
      },
    ],
  });

export type PublicRecordProofs = z.infer<typeof publicRecordProofsSchema>;
export type PublicRecord = z.infer<typeof publicRecordSchema>;
export type PublicRecordEvent = z.infer<typeof publicRecordEventSchema>;
export type PublicRecordDisclosure = z.infer<typeof publicRecordDisclosureSchema>;
export type PublicRecordAnchor = z.infer<typeof publicRecordAnchorSchema>;
export type PublicRecordAttestation = z.infer<typeof publicRecordAttestationSchema>;
export type PublicRecordHiddenStep = z.infer<typeof publicRecordHiddenStepSchema>;
export type PublicRecordOmittedEvents = z.infer<typeof publicRecordOmittedEventsSchema>;
export type PublicRecordInheritedRecall = z.infer<typeof publicRecordInheritedRecallSchema>;
