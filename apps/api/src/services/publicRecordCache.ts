import { createHash } from "node:crypto";
import type { Database } from "@tracemark/db";

/** A public record ready to send: its JSON text and ETag, and the recall state it was made with. */
export type CachedPublicRecord = { body: string; etag: string; recallVersion: string; expiresAt: number };

export type PublicRecordCache = {
  /** The entry if it is fresh and made with this recall state. */
  get: (key: string, recallVersion: string) => CachedPublicRecord | undefined;
  set: (key: string, entry: { body: string; recallVersion: string }, ttlMs: number) => CachedPublicRecord;
};

const MAX_ENTRIES = 10_000;
const caches = new WeakMap<Database, PublicRecordCache>();

/**
 * The API process's cache of serialised public records, one per database. The public record is
 * the same for everyone and is what a crowd of shoppers scanning one product ask for, so a hit
 * skips the record's queries and its serialising. An entry lives `PUBLIC_CACHE_MS` (about a
 * second: new events and anchors show after at most that long) and only while the lot's recall
 * state is the one it was made with (checked by one indexed query per request, so a recall shows
 * at once, whichever API instance declared it).
 *
 * @example
 * const hit = publicRecordCache(db).get(key, version)
 */
export function publicRecordCache(db: Database): PublicRecordCache {
  let cache = caches.get(db);
  if (!cache) {
    const entries = new Map<string, CachedPublicRecord>();
    cache = {
      get: (key, recallVersion) => {
        const entry = entries.get(key);
        if (entry && entry.expiresAt > Date.now() && entry.recallVersion === recallVersion) return entry;
        if (entry) entries.delete(key);
        return undefined;
      },
      set: (key, { body, recallVersion }, ttlMs) => {
        const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
        const entry = { body, etag, recallVersion, expiresAt: Date.now() + ttlMs };
        if (ttlMs > 0) {
          entries.delete(key);
          entries.set(key, entry);
          if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
        }
        return entry;
      },
    };
    caches.set(db, cache);
  }
  return cache;
}

/**
 * A short string that changes whenever the lot's recall state does (declared, lifted, or a new
 * recall), read with one indexed query.
 */
export async function recallVersionOf(db: Database, gtin: string, lotCode: string): Promise<string> {
  const [row] = await db.prisma.$queryRaw<{ version: string }[]>`
    SELECT l."recallState"::text || ':' || count(r.id)::text || ':' ||
           coalesce(max(greatest(r."declaredAt", r."liftedAt"))::text, '') AS version
    FROM lots l JOIN products p ON p.id = l."productId" LEFT JOIN recalls r ON r."lotId" = l.id
    WHERE p.gtin = ${gtin} AND l."lotCode" = ${lotCode}
    GROUP BY l.id, l."recallState"`;
  return row?.version ?? "none";
}
