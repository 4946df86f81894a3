export type PaginateParameters = { limit: number; cursor?: string | undefined };
export type PaginateReturnType<T> = { items: T[]; nextCursor: string | null };

/**
 * One page of rows by Prisma's cursor (the last row's id), fetching one row more than asked to
 * know whether another page follows. `find` must order by a unique tie-breaker (the id last).
 *
 * @example
 * await paginate({ limit: 50, cursor }, (page) => db.prisma.product.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...page }))
 */
export async function paginate<T extends { id: string }>(
  parameters: PaginateParameters,
  find: (page: { take: number; skip?: number; cursor?: { id: string } }) => Promise<T[]>,
): Promise<PaginateReturnType<T>> {
  const rows = await find({
    take: parameters.limit + 1,
    ...(parameters.cursor ? { cursor: { id: parameters.cursor }, skip: 1 } : {}),
  });
  const items = rows.slice(0, parameters.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > parameters.limit && last ? last.id : null };
}
