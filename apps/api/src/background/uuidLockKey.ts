/**
 * The 64-bit advisory lock key of a row, as SQL from a uuid expression (`c.id`): the first 64 bits of its
 * id. `pg_locks` shows it as `(classid << 32) | objid` with `objsubid = 1`.
 *
 * @example
 * await session.exec(`SELECT pg_advisory_lock(${uuidLockKey(`'${id}'::uuid`)})`);
 */
export const uuidLockKey = (id: string) =>
  `('x' || substr(replace(${id}::text, '-', ''), 1, 16))::bit(64)::bigint`;

/** SQL: whether a session of this database holds the advisory lock of the uuid expression `id`. */
export const uuidLockHeld = (id: string) => `EXISTS (
  SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.objsubid = 1 AND l.granted
    AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
    AND ((l.classid::bigint << 32) | l.objid::bigint) = ${uuidLockKey(id)})`;
