import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Database } from "@tracemark/db";
import { separatePublicRecordProofs } from "@tracemark/sdk";
import { Counter } from "prom-client";
import { type GetPublicRecordReturnType, getPublicRecord } from "./getPublicRecord.ts";

export type ServePublicRecordParameters = {
  gtin: string;
  lot: string;
  serial?: string | undefined;
  chainId: number;
  /** The record, without its proofs, as the response's JSON text (the route checks it against its schema here). */
  render: (record: GetPublicRecordReturnType) => string | Promise<string>;
  /** The encoding to send (`negotiateEncoding`); identity (the JSON text) by default. */
  encoding?: PublicRecordEncoding | undefined;
  /** The request's `If-None-Match`: when it names this encoding's ETag, no body is read or sent. */
  ifNoneMatch?: string | undefined;
  /**
   * `record` (default): the record without Merkle proofs and disclosures, what a consumer page
   * reads; `proofs`: those (the SDK's `PublicRecordProofs`), which only Verify needs. Both are built
   * and stored together, so a lot's proofs always belong to the record stored with them.
   */
  part?: PublicRecordPart | undefined;
};
/** The two documents a public record is served as (`ServePublicRecordParameters.part`). */
export type PublicRecordPart = "record" | "proofs";
export type ServePublicRecordReturnType = {
  /** The record in `encoding`: the JSON text for identity, compressed bytes for br and gzip; `undefined` when not modified. */
  body: string | Buffer | undefined;
  /** The strong ETag of this encoding's bytes. */
  etag: string;
  encoding: PublicRecordEncoding;
  /** `If-None-Match` named `etag` (or `*`): answer 304. */
  notModified: boolean;
};

/** The encodings the public record is stored in, in the order preferred when a client likes several equally. */
export const publicRecordEncodings = ["br", "gzip", "identity"] as const;
export type PublicRecordEncoding = (typeof publicRecordEncodings)[number];

type Versions = { lotId: string; generation: bigint; epoch: bigint };

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The ETag of a record's `encoding` from the ETag of its JSON text: `"x"` → `"x-br"`. */
const etagOf = (etag: string, encoding: PublicRecordEncoding) =>
  encoding === "identity" ? etag : `${etag.slice(0, -1)}-${encoding}"`;

/**
 * The JSON text's ETags that an `If-None-Match` names for `encoding` (weak comparison, RFC 9110
 * §13.1.2: `W/` ignored); `*` stands for any.
 */
function namedEtags(ifNoneMatch: string | undefined, encoding: PublicRecordEncoding): string[] {
  if (ifNoneMatch === undefined) return [];
  const suffix = encoding === "identity" ? '"' : `-${encoding}"`;
  return ifNoneMatch.split(",").flatMap((tag) => {
    const t = tag.trim().replace(/^W\//, "");
    if (t === "*") return ["*"];
    return t.length > suffix.length + 1 && t.startsWith('"') && t.endsWith(suffix)
      ? [`${t.slice(0, -suffix.length)}"`]
      : [];
  });
}

/**
 * The shape of the stored record. Raise it with any change to what `getPublicRecord` returns (or
 * how the route renders it): records stored in another shape are then rebuilt on their next read.
 */
export const PUBLIC_RECORD_FORMAT = 8;

/** Reads of the public record served from the read model (`hit`) or built (`miss`), in this process. */
export const publicRecordReads = new Counter({
  name: "tracemark_public_record_reads_total",
  help: "Public record reads, served from the read model (hit) or built (miss)",
  labelNames: ["result"] as const,
  registers: [],
});

/**
 * The stored record while its versions are current: one indexed lookup, the hot path. The body is
 * left out when the ETag is one the client named (`$6`, the JSON text's ETags; `*` for any).
 */
const storedRecord = (column: string, etag: string) => `
  SELECT CASE WHEN r.${etag} = ANY($6::text[]) OR '*' = ANY($6::text[]) THEN NULL ELSE r.${column} END AS body, r.${etag} AS etag
  FROM public_records r LEFT JOIN public_record_generations g ON g."lotId" = r."lotId"
  WHERE r.gtin = $1 AND r."lotCode" = $2 AND r.serial = $3 AND r."chainId" = $4
    AND r.generation = coalesce(g.generation, 0)
    AND r.epoch = (SELECT epoch FROM public_record_epoch WHERE id = 1)
    AND r.format = $5`;
const STORED_RECORD = {
  record: {
    br: storedRecord(`"bodyBr"`, "etag"),
    gzip: storedRecord(`"bodyGzip"`, "etag"),
    identity: storedRecord("body", "etag"),
  },
  proofs: {
    br: storedRecord(`"proofsBr"`, `"proofsEtag"`),
    gzip: storedRecord(`"proofsGzip"`, `"proofsEtag"`),
    identity: storedRecord("proofs", `"proofsEtag"`),
  },
} as const;

/**
 * The public record of a lot or serial, ready to send in the encoding asked for. It comes from the
 * read model (`public_records`, one indexed query; stored as JSON text, brotli and gzip, the record
 * and apart from it its proofs: `separatePublicRecordProofs`) while the
 * lot's generation, the global epoch and the record's format are the ones it was built with.
 * Triggers move the first two in the same transaction as any change the record shows (events,
 * anchors, recalls, attestations, master data), so a recall shows at once and a stale record is
 * never served. Otherwise the record is built by `getPublicRecord`, compressed, stored and sent.
 *
 * @example
 * const { body, etag } = await servePublicRecord(db, { gtin, lot: "L1", chainId: 31337, render: JSON.stringify, encoding: "br" });
 */
export async function servePublicRecord(
  db: Database,
  parameters: ServePublicRecordParameters,
): Promise<ServePublicRecordReturnType> {
  const { gtin, lot, chainId, render, ifNoneMatch } = parameters;
  const encoding = parameters.encoding ?? "identity";
  const part = parameters.part ?? "record";
  const serial = parameters.serial ?? "";
  const named = namedEtags(ifNoneMatch, encoding);
  const [stored] = await db.query<{ body: string | Buffer | null; etag: string }>(
    STORED_RECORD[part][encoding],
    [gtin, lot, serial, chainId, PUBLIC_RECORD_FORMAT, named],
  );
  if (stored) {
    publicRecordReads.inc({ result: "hit" });
    const etag = etagOf(stored.etag, encoding);
    return { body: stored.body ?? undefined, etag, encoding, notModified: stored.body === null };
  }
  publicRecordReads.inc({ result: "miss" });

  // Read before building: a change committed after this read moves the versions past the ones
  // stored with the record, so the record is rebuilt on its next read rather than served stale.
  const [versions] = await db.prisma.$queryRaw<Versions[]>`
    SELECT l.id AS "lotId", coalesce(g.generation, 0) AS generation,
           (SELECT epoch FROM public_record_epoch WHERE id = 1) AS epoch
    FROM products p JOIN lots l ON l."productId" = p.id AND l."lotCode" = ${lot}
    LEFT JOIN public_record_generations g ON g."lotId" = l.id
    WHERE p.gtin = ${gtin}`;
  const separated = separatePublicRecordProofs(
    await getPublicRecord(db, { gtin, lot, serial: parameters.serial, chainId }),
  );
  const [record, proofs] = await Promise.all([
    encoded(await render(separated.record)),
    encoded(JSON.stringify(separated.proofs)),
  ]);
  if (versions) {
    // A concurrent build from newer versions wins; one from the same versions made the same text.
    await db.prisma.$executeRaw`
      INSERT INTO public_records (gtin, "lotCode", serial, "chainId", "lotId", generation, epoch, format, body, "bodyBr", "bodyGzip", etag,
                                  proofs, "proofsBr", "proofsGzip", "proofsEtag")
      VALUES (${gtin}, ${lot}, ${serial}, ${chainId}, ${versions.lotId}::uuid, ${versions.generation}, ${versions.epoch},
              ${PUBLIC_RECORD_FORMAT}, ${record.identity}, ${record.br}, ${record.gzip}, ${record.etag},
              ${proofs.identity}, ${proofs.br}, ${proofs.gzip}, ${proofs.etag})
      ON CONFLICT (gtin, "lotCode", serial, "chainId") DO UPDATE
        SET "lotId" = EXCLUDED."lotId", generation = EXCLUDED.generation, epoch = EXCLUDED.epoch,
            format = EXCLUDED.format, body = EXCLUDED.body, "bodyBr" = EXCLUDED."bodyBr",
            "bodyGzip" = EXCLUDED."bodyGzip", etag = EXCLUDED.etag, proofs = EXCLUDED.proofs,
            "proofsBr" = EXCLUDED."proofsBr", "proofsGzip" = EXCLUDED."proofsGzip",
            "proofsEtag" = EXCLUDED."proofsEtag", "builtAt" = now()
        WHERE public_records.generation <= EXCLUDED.generation AND public_records.epoch <= EXCLUDED.epoch`;
  }
  const served = { record, proofs }[part];
  const sent = etagOf(served.etag, encoding);
  if (named.includes(served.etag) || named.includes("*")) {
    return { body: undefined, etag: sent, encoding, notModified: true };
  }
  return { body: served[encoding], etag: sent, encoding, notModified: false };
}

/**
 * A document in every stored encoding, with its strong ETag (the text's SHA-256). Compressed once
 * per change, off the event loop: brotli at quality 9 (of 11) is most of 11's saving on JSON at a
 * fraction of its time; gzip at 9, the smallest it makes.
 */
async function encoded(identity: string) {
  const etag = `"${createHash("sha256").update(identity).digest("base64url").slice(0, 27)}"`;
  const text = Buffer.from(identity, "utf8");
  const [br, gzip] = await Promise.all([
    brotli(text, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: text.length,
      },
    }),
    gzipped(text, { level: 9 }),
  ]);
  return { identity, br, gzip, etag };
}
