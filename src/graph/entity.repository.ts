// Reads of entities: by id, lists with filters, full-text search, co-mentions, roles.
import { int, type Graph } from './driver.ts';
import { pagesByParent, perParentPage } from './paging.ts';
import {
  ARTICLE_PROJECTION,
  ENTITY_PROJECTION,
  entityProjection,
  fulltextQuery,
  type ArticleRow,
  type EntityRow,
  type Page,
  type PageArgs,
} from './rows.ts';

export interface EntityFilterInput {
  types?: string[];
  namePrefix?: string;
  text?: string;
}

/** Sort orders of entity lists: keys of an allow-list, never text from a request. */
export const ENTITY_ORDERS = {
  mentions: 'score DESC, e.mentionCount DESC, e.name, e.id',
  statements: 'score DESC, COUNT { (e)-[:SAID]->() } DESC, e.mentionCount DESC, e.name, e.id',
  articles: 'score DESC, e.articleCount DESC, e.mentionCount DESC, e.name, e.id',
  name: 'e.name, e.id',
} as const;
export type EntityOrder = keyof typeof ENTITY_ORDERS;

export interface RoleRow {
  title: string;
  current: boolean;
  of: EntityRow;
  holder: EntityRow;
  articleId: string;
  start: number | null;
  end: number | null;
}

export interface PossiblySameRow {
  a: EntityRow;
  b: EntityRow;
  score: number;
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
      tx.run(`UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e ${ENTITY_PROJECTION} AS e`, {
        ids: [...new Set(ids)],
      }),
    );
    return new Map(rows.map((r) => [(r.e as EntityRow).id, r.e as EntityRow]));
  }

  async list(
    filter: EntityFilterInput,
    first: number,
    offset: number,
    order: EntityOrder = 'mentions',
  ): Promise<Page<EntityRow>> {
    const orderBy = ENTITY_ORDERS[order];
    if (!orderBy) throw new RangeError(`Unknown entity order "${order}"`);
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
           WITH e, score ORDER BY ${orderBy}
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
    return this.roles(ids, 'MATCH (p:Entity:Person {id: id})-[h:HOLDS_ROLE]->(e:Entity)');
  }

  /** Roles held at each organisation or country (its office holders), batched. */
  async holdersOf(ids: readonly string[]): Promise<Map<string, RoleRow[]>> {
    return this.roles(ids, 'MATCH (p:Person)-[h:HOLDS_ROLE]->(e:Entity {id: id})');
  }

  private async roles(ids: readonly string[], match: string): Promise<Map<string, RoleRow[]>> {
    if (!ids.length) return new Map();
    const rows = await this.graph.read((tx) =>
      tx.run(
        `UNWIND $ids AS id
         ${match}
         WITH id, p, h, e ORDER BY h.current DESC, h.since DESC, h.title, p.name, e.name
         RETURN id, collect({ title: h.title, current: coalesce(h.current, false), articleId: h.source, start: h.start, end: h.end,
                              of: e ${ENTITY_PROJECTION}, holder: p ${entityProjection('p')} }) AS roles`,
        { ids: [...new Set(ids)] },
      ),
    );
    return new Map(rows.map((r) => [r.id as string, r.roles as RoleRow[]]));
  }

  /** Articles that mention each entity, newest first, batched. */
  articlesOf(ids: readonly string[], page: PageArgs): Promise<Map<string, Page<ArticleRow>>> {
    return pagesByParent(
      this.graph,
      `UNWIND $ids AS id
       MATCH (x:Entity {id: id})
       CALL (x) {
         MATCH (x)-[:MENTIONED_IN]->(a:Article)
         WITH a ORDER BY a.publishedAt DESC, a.id
         ${perParentPage('a', `a ${ARTICLE_PROJECTION}`)}
       }
       RETURN id, total, items`,
      ids,
      page,
    );
  }

  /** Pairs linked for review as possibly the same entity, highest score first. */
  async possiblySame(first: number, offset: number): Promise<Page<PossiblySameRow>> {
    const rows = await this.graph.read((tx) =>
      tx.run(
        `CALL () { MATCH (:Entity)-[s:POSSIBLY_SAME_AS]->(:Entity) RETURN count(s) AS total }
         CALL () {
           MATCH (a:Entity)-[s:POSSIBLY_SAME_AS]->(b:Entity)
           WITH a, b, s ORDER BY s.score DESC, a.name, b.name SKIP $offset LIMIT $first
           RETURN collect({ score: s.score, a: a ${entityProjection('a')}, b: b ${entityProjection('b')} }) AS items
         }
         RETURN total, items`,
        { first: int(first), offset: int(offset) },
      ),
    );
    return { items: (rows[0]?.items as PossiblySameRow[]) ?? [], totalCount: Number(rows[0]?.total ?? 0), offset };
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
