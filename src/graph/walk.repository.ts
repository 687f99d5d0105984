// Walks over the graph: an entity's timeline, the neighbourhood of any node, the direct
// connections of many entities (batched), and shortest paths between two nodes. Each is one
// round trip; subgraphs are closed (every edge joins two returned nodes).
import { int, type Graph } from './driver.ts';
import { perParentPage } from './paging.ts';
import {
  dateRange,
  factDate,
  factProjection,
  toFactRow,
  type FactRow,
  type Page,
  type PageArgs,
  type PathRow,
  type SubgraphRow,
} from './rows.ts';
import {
  edgeProjection,
  nodeById,
  nodeProjection,
  toEdge,
  toNode,
  WALK_TYPES,
  type Detail,
  type RawEdge,
  type RawNode,
} from './subgraph.ts';

export const MAX_DEPTH = 3;
export const MAX_PATH_LENGTH = 6;

/**
 * Shortest paths the search may return before ranking; `limit` picks from them. Two popular
 * entities can share thousands of articles, each a shortest path.
 */
const PATH_CANDIDATES = 1000;

/**
 * One breadth-first level: new neighbours of `frontier`, within the node budget `$limit`.
 * A level past `$depth`, or after the budget is spent, expands nothing.
 */
const bfsLevel = (level: number) => `
  CALL (seen, frontier) {
    UNWIND CASE WHEN $depth >= ${level} AND size(seen) < $limit THEN frontier ELSE [] END AS f
    MATCH (f)-[:${WALK_TYPES}]-(m)
    WHERE NOT m IN seen
    WITH DISTINCT m LIMIT $limit
    RETURN collect(m) AS next
  }
  WITH seen + next[0..($limit - size(seen))] AS seen, next[0..($limit - size(seen))] AS frontier`;

/**
 * Edges among `nodes`, each found once and from its small end, so that no hub is ever
 * expanded (a country is MENTIONED_IN thousands of articles; keeping only the edges whose
 * other end is in the set would still read them all). Every walkable edge touches a
 * statement or event, or is an entity's mention in an article, or joins two entities:
 * - statements and events are expanded over all their links (a handful each: IN, SAID,
 *   ABOUT, ACCORDING_TO, PARTICIPANT); a link between two of them (a statement ABOUT an event)
 *   from its start only, so that it is found once;
 * - articles over the MENTIONED_IN links coming in (one per entity the article names);
 * - entities over their outgoing HOLDS_ROLE and PART_OF (HOLDS_ROLE is one per title per
 *   article, so a much-cited person has many: the most rows of this step).
 */
const closedEdges = (detail: Detail) => `
  CALL (nodes) {
    CALL (nodes) {
      UNWIND nodes AS s
      WITH s WHERE s:Statement OR s:Event
      MATCH (s)-[r:${WALK_TYPES}]-(t)
      WHERE t IN nodes AND (startNode(r) = s OR NOT (t:Statement OR t:Event))
      RETURN r
      UNION ALL
      UNWIND nodes AS s
      WITH s WHERE s:Article
      MATCH (s)<-[r:MENTIONED_IN]-(t)
      WHERE t IN nodes
      RETURN r
      UNION ALL
      UNWIND nodes AS s
      WITH s WHERE s:Entity
      MATCH (s)-[r:HOLDS_ROLE|PART_OF]->(t)
      WHERE t IN nodes
      RETURN r
    }
    RETURN collect(${edgeProjection('r', detail)}) AS edges
  }`;

type Raw = Record<string, unknown>;

function toSubgraph(nodes: unknown, edges: unknown): SubgraphRow {
  return {
    nodes: (nodes as RawNode[]).map(toNode),
    edges: (edges as RawEdge[]).map(toEdge),
  };
}

export class WalkRepository {
  constructor(private readonly graph: Graph) {}

  /** Statements and events involving an entity, oldest first; undefined when no such entity. */
  async timeline(
    entityId: string,
    range: { from?: string; to?: string },
    page: PageArgs,
  ): Promise<Page<FactRow> | undefined> {
    const rows = await this.graph.read((tx) =>
      tx.run(
        `OPTIONAL MATCH (x:Entity {id: $id})
         CALL (x) {
           WITH x WHERE x IS NOT NULL
           CALL (x) {
             MATCH (x)-[:SAID]->(f:Statement) RETURN f
             UNION MATCH (f:Statement)-[:ABOUT|ACCORDING_TO]->(x) RETURN f
             UNION MATCH (x)-[:PARTICIPANT]->(f:Event) RETURN f
           }
           ${
             range.from || range.to
               ? `WITH f, ${factDate('f')} AS key WHERE ${dateRange('key')}
                  WITH f ORDER BY key = '', key, f.articleId, f.start`
               : `WITH f ORDER BY f.sortDate IS NULL, f.sortDate, f.articleId, f.start`
           }
           ${perParentPage('f', factProjection('f'))}
         }
         RETURN x IS NOT NULL AS exists, total, items`,
        {
          id: entityId,
          from: range.from ?? null,
          to: range.to ?? null,
          first: int(page.first),
          offset: int(page.offset),
        },
      ),
    );
    const row = rows[0];
    if (!row?.exists) return undefined;
    return { items: (row.items as Raw[]).map(toFactRow), totalCount: Number(row.total), offset: page.offset };
  }

  /** Nodes up to `depth` hops from a node (breadth first, at most `limit`); undefined when no such node. */
  async neighbourhood(
    id: string,
    depth: number,
    limit: number,
    detail: Detail = 'full',
  ): Promise<SubgraphRow | undefined> {
    if (depth < 1 || depth > MAX_DEPTH) throw new RangeError(`depth ${depth} is outside 1..${MAX_DEPTH}`);
    const levels = Array.from({ length: MAX_DEPTH }, (_, i) => bfsLevel(i + 1)).join('\n');
    const rows = await this.graph.read((tx) =>
      tx.run(
        `${nodeById('id')}
         WITH n LIMIT 1
         WITH [n] AS seen, [n] AS frontier
         ${levels}
         WITH seen AS nodes
         ${closedEdges(detail)}
         RETURN [n IN nodes | ${nodeProjection('n', detail)}] AS nodes, edges`,
        { id, depth: int(depth), limit: int(limit) },
      ),
    );
    return rows[0] ? toSubgraph(rows[0].nodes, rows[0].edges) : undefined;
  }

  /** Each entity with its direct neighbours (at most `limit`), for many entities at once. */
  async connectionsOf(ids: readonly string[], limit: number): Promise<Map<string, SubgraphRow>> {
    if (!ids.length) return new Map();
    const rows = await this.graph.read((tx) =>
      tx.run(
        `UNWIND $ids AS id
         MATCH (x:Entity {id: id})
         CALL (x) {
           MATCH (x)-[:${WALK_TYPES}]-(m)
           WITH DISTINCT m LIMIT $limit
           RETURN collect(m) AS neighbours
         }
         WITH id, [x] + neighbours AS nodes
         ${closedEdges('full')}
         RETURN id, [n IN nodes | ${nodeProjection('n')}] AS nodes, edges`,
        { ids: [...new Set(ids)], limit: int(limit) },
      ),
    );
    return new Map(rows.map((r) => [r.id as string, toSubgraph(r.nodes, r.edges)]));
  }

  /**
   * The shortest paths between two nodes (every one of the shortest length found, up to
   * `maxLength` hops), those through statements, events and roles before those through
   * shared articles; at most `limit`. `missing` names the ids that match no node.
   *
   * allShortestPaths (a bidirectional breadth-first search) and not `SHORTEST k`: between two
   * popular entities at 10k articles it answers in tens of milliseconds where `SHORTEST 20`
   * took most of a second (measured in docs/performance.md).
   */
  async paths(
    from: string,
    to: string,
    maxLength: number,
    limit: number,
    detail: Detail = 'full',
  ): Promise<{ paths: PathRow[]; missing: string[] }> {
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH)
      throw new RangeError(`maxLength ${maxLength} is outside 1..${MAX_PATH_LENGTH}`);
    const rows = await this.graph.read((tx) =>
      tx.run(
        `CALL () { ${nodeById('from')} RETURN collect(n)[0] AS a }
         CALL () { ${nodeById('to')} RETURN collect(n)[0] AS b }
         CALL (a, b) {
           WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
           MATCH p = allShortestPaths((a)-[:${WALK_TYPES}*1..${maxLength}]-(b))
           WITH p LIMIT ${PATH_CANDIDATES}
           WITH p ORDER BY size([r IN relationships(p) WHERE type(r) IN ['MENTIONED_IN', 'IN']]) LIMIT $limit
           RETURN collect({
             length: length(p),
             nodes: [n IN nodes(p) | ${nodeProjection('n', detail)}],
             edges: [r IN relationships(p) | ${edgeProjection('r', detail)}]
           }) AS paths
         }
         RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths`,
        { from, to, limit: int(limit) },
      ),
    );
    const row = rows[0];
    const missing = [...(row?.fromFound ? [] : [from]), ...(row?.toFound ? [] : [to])];
    const paths = ((row?.paths as Raw[]) ?? []).map((p) => ({
      length: Number(p.length),
      ...toSubgraph(p.nodes, p.edges),
    }));
    return { paths, missing };
  }
}
