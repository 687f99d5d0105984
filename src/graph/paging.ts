// Pages of a relation for many parents in one round trip: the query UNWINDs $ids, binds the
// parent, and its CALL subquery ends with `perParentPage`, answering `id, total, items`.
import { int, type Graph } from './driver.ts';
import type { Page, PageArgs } from './rows.ts';

/** Ends a per-parent subquery: ordered rows of `v` in, that parent's page out. */
export const perParentPage = (v: string, projection: string) =>
  `WITH collect(${v}) AS found
   RETURN size(found) AS total, [${v} IN found[$offset..($offset + $first)] | ${projection}] AS items`;

export async function pagesByParent<T>(
  graph: Graph,
  query: string,
  ids: readonly string[],
  page: PageArgs,
  params: Record<string, unknown> = {},
  map: (raw: Record<string, unknown>) => T = (raw) => raw as T,
): Promise<Map<string, Page<T>>> {
  if (!ids.length) return new Map();
  const rows = await graph.read((tx) =>
    tx.run(query, { ...params, ids: [...new Set(ids)], first: int(page.first), offset: int(page.offset) }),
  );
  return new Map(
    rows.map((r) => [
      r.id as string,
      { items: (r.items as Record<string, unknown>[]).map(map), totalCount: Number(r.total), offset: page.offset },
    ]),
  );
}

/**
 * Count and page of a root list of facts in one round trip: `match` binds the fact `v` and
 * filters it; `order` sorts them.
 */
export const rootPage = (match: string, v: string, order: string, projection: string) =>
  `CALL () { ${match} RETURN count(DISTINCT ${v}) AS total }
   CALL () {
     ${match}
     WITH DISTINCT ${v}
     ORDER BY ${order} SKIP $offset LIMIT $first
     RETURN collect(${projection}) AS items
   }
   RETURN total, items`;

export async function runRootPage<T>(
  graph: Graph,
  query: string,
  page: PageArgs,
  params: Record<string, unknown>,
  map: (raw: Record<string, unknown>) => T = (raw) => raw as T,
): Promise<Page<T>> {
  const rows = await graph.read((tx) => tx.run(query, { ...params, first: int(page.first), offset: int(page.offset) }));
  return {
    items: ((rows[0]?.items as Record<string, unknown>[]) ?? []).map(map),
    totalCount: Number(rows[0]?.total ?? 0),
    offset: page.offset,
  };
}
