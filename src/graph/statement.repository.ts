// Reads of statements (who said what): by id, filtered pages, and per-entity pages of what
// an entity said or what was said about it, batched for many entities in one round trip.
import type { Graph } from './driver.ts';
import { pagesByParent, perParentPage, rootPage, runRootPage } from './paging.ts';
import {
  dateRange,
  factDate,
  fulltextQuery,
  whereAll,
  statementProjection,
  type Page,
  type PageArgs,
  type StatementRow,
} from './rows.ts';

export interface StatementFilterInput {
  speaker?: string;
  about?: string;
  accordingTo?: string;
  kind?: string;
  text?: string;
  from?: string;
  to?: string;
}

const ORDER = `${factDate('s')} DESC, s.articleId, s.start`;

/** The tests of the filters given (each value a parameter), less the one the match is anchored on. */
function where(f: StatementFilterInput, anchor: 'text' | 'speaker' | 'about' | 'all'): string {
  return whereAll([
    f.kind && 's.kind = $kind',
    f.speaker && anchor !== 'speaker' && 'EXISTS { (:Entity {id: $speaker})-[:SAID]->(s) }',
    f.about && anchor !== 'about' && 'EXISTS { (s)-[:ABOUT]->(:Entity {id: $about}) }',
    f.accordingTo && 'EXISTS { (s)-[:ACCORDING_TO]->(:Entity {id: $accordingTo}) }',
    (f.from || f.to) && dateRange(factDate('s')),
  ]);
}

export class StatementRepository {
  constructor(private readonly graph: Graph) {}

  async byIds(ids: readonly string[]): Promise<Map<string, StatementRow>> {
    if (!ids.length) return new Map();
    const rows = await this.graph.read((tx) =>
      tx.run(`UNWIND $ids AS id MATCH (s:Statement {id: id}) RETURN ${statementProjection('s')} AS s`, {
        ids: [...new Set(ids)],
      }),
    );
    return new Map(rows.map((r) => [(r.s as StatementRow).id, r.s as StatementRow]));
  }

  async list(filter: StatementFilterInput, page: PageArgs): Promise<Page<StatementRow>> {
    const q = filter.text ? fulltextQuery(filter.text) : null;
    // The most selective filter anchors the match; the WHERE applies the others.
    const [anchoredOn, anchor] = q
      ? ([
          'text',
          `CALL db.index.fulltext.queryNodes('statement_text', $q) YIELD node AS s WITH s WHERE s:Statement`,
        ] as const)
      : filter.speaker
        ? (['speaker', `MATCH (:Entity {id: $speaker})-[:SAID]->(s:Statement)`] as const)
        : filter.about
          ? (['about', `MATCH (s:Statement)-[:ABOUT]->(:Entity {id: $about})`] as const)
          : (['all', `MATCH (s:Statement)`] as const);
    const match = `${anchor} WITH s ${where(filter, anchoredOn)}`;
    return runRootPage(this.graph, rootPage(match, 's', ORDER, statementProjection('s')), page, {
      q,
      kind: filter.kind ?? null,
      speaker: filter.speaker ?? null,
      about: filter.about ?? null,
      accordingTo: filter.accordingTo ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
    });
  }

  /** What each entity said, newest first. */
  saidBy(ids: readonly string[], page: PageArgs): Promise<Map<string, Page<StatementRow>>> {
    return pagesByParent(
      this.graph,
      `UNWIND $ids AS id
       MATCH (x:Entity {id: id})
       CALL (x) {
         MATCH (x)-[:SAID]->(s:Statement)
         WITH s ORDER BY ${ORDER}
         ${perParentPage('s', statementProjection('s'))}
       }
       RETURN id, total, items`,
      ids,
      page,
    );
  }

  /** What was said about each entity, newest first. */
  about(ids: readonly string[], page: PageArgs): Promise<Map<string, Page<StatementRow>>> {
    return pagesByParent(
      this.graph,
      `UNWIND $ids AS id
       MATCH (x:Entity {id: id})
       CALL (x) {
         MATCH (s:Statement)-[:ABOUT]->(x)
         WITH s ORDER BY ${ORDER}
         ${perParentPage('s', statementProjection('s'))}
       }
       RETURN id, total, items`,
      ids,
      page,
    );
  }
}
