// Reads of entities: by id, lists with filters, full-text search, co-mentions, roles.
import { int, type Graph } from './driver.ts';
import { ENTITY_PROJECTION, fulltextQuery, type EntityRow, type Page } from './rows.ts';

export interface EntityFilterInput {
  types?: string[];
  namePrefix?: string;
  text?: string;
}

export interface RoleRow {
  title: string;
  current: boolean;
  of: EntityRow;
  articleId: string;
  start: number | null;
  end: number | null;
}

export interface CoMentionRow {
  entity: EntityRow;
  weight: number;
}

export class EntityRepository {
  constructor(private readonly graph: Graph) {}

  async byIds(ids: readonly string[]): Promise<Map<string, EntityRow>> {
    if (!ids.length) return new Map();
    const rows = await this.graph.read((tx) =>
      tx.run(`UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e ${ENTITY_PROJECTION} AS e`, { ids: [...new Set(ids)] }),
    );
    return new Map(rows.map((r) => [(r.e as EntityRow).id, r.e as EntityRow]));
  }

  async list(filter: EntityFilterInput, first: number, offset: number): Promise<Page<EntityRow>> {
    const params = {
      types: filter.types?.length ? filter.types : null,
      prefix: filter.namePrefix ?? null,
      q: filter.text ? fulltextQuery(filter.text) : null,
      offset: int(offset),
      first: int(first),
    };
    const match = params.q
      ? `CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node AS e, score`
      : `MATCH (e:Entity) WITH e, 0.0 AS score`;
    const where = `WHERE ($types IS NULL OR e.type IN $types)
           AND ($prefix IS NULL OR toLower(e.name) STARTS WITH toLower($prefix))`;
    // Count and page in one round trip; each subquery aggregates, so both always answer.
    const rows = await this.graph.read((tx) =>
      tx.run(
        `CALL () { ${match} ${where} RETURN count(e) AS total }
         CALL () {
           ${match} ${where}
           WITH e, score ORDER BY score DESC, e.mentionCount DESC, e.name, e.id
           SKIP $offset LIMIT $first
           RETURN collect(e ${ENTITY_PROJECTION}) AS items
         }
         RETURN total, items`,
        params,
      ),
    );
    return { items: (rows[0]?.items as EntityRow[]) ?? [], totalCount: Number(rows[0]?.total ?? 0), offset };
  }

  async search(text: string, types: string[] | undefined, first: number): Promise<EntityRow[]> {
    const q = fulltextQuery(text);
    if (!q) return [];
    const rows = await this.graph.read((tx) =>
      tx.run(
        `CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node AS e, score
         WHERE $types IS NULL OR e.type IN $types
         RETURN e ${ENTITY_PROJECTION} AS e
         ORDER BY score DESC, e.mentionCount DESC LIMIT $first`,
        { q, types: types?.length ? types : null, first: int(first) },
      ),
    );
    return rows.map((r) => r.e as EntityRow);
  }

  /** Roles held by each person, batched. */
  async rolesOf(ids: readonly string[]): Promise<Map<string, RoleRow[]>> {
    const rows = await this.graph.read((tx) =>
      tx.run(
        `UNWIND $ids AS id
         MATCH (p:Person {id: id})-[h:HOLDS_ROLE]->(e:Entity)
         RETURN id, collect({ title: h.title, current: h.current, articleId: h.source, start: h.start, end: h.end, of: e ${ENTITY_PROJECTION} }) AS roles`,
        { ids: [...new Set(ids)] },
      ),
    );
    return new Map(rows.map((r) => [r.id as string, r.roles as RoleRow[]]));
  }

  /** Entities mentioned in the same articles, weighted by the number of shared articles. */
  async coMentions(ids: readonly string[], first: number): Promise<Map<string, CoMentionRow[]>> {
    const rows = await this.graph.read((tx) =>
      tx.run(
        `UNWIND $ids AS id
         MATCH (x:Entity {id: id})
         CALL (x) {
           MATCH (x)-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(e:Entity)
           WHERE e <> x
           WITH e, count(DISTINCT a) AS weight
           ORDER BY weight DESC, e.mentionCount DESC, e.name LIMIT $first
           RETURN collect({ weight: weight, entity: e ${ENTITY_PROJECTION} }) AS co
         }
         RETURN id, co`,
        { ids: [...new Set(ids)], first: int(first) },
      ),
    );
    return new Map(rows.map((r) => [r.id as string, r.co as CoMentionRow[]]));
  }
}
