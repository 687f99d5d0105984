// Reads of articles: by id (batched) and pages with filters.
import { int, type Graph } from './driver.ts';
import { ARTICLE_PROJECTION, type ArticleRow, type Page } from './rows.ts';

export interface ArticleFilterInput {
  source?: string;
  from?: string;
  to?: string;
  mentions?: string;
  /** Only articles that mention every one of these entities. */
  mentionsAll?: string[];
}

const WHERE = `WHERE ($source IS NULL OR a.source = $source)
  AND ($from IS NULL OR a.publishedAt >= $from)
  AND ($to IS NULL OR a.publishedAt <= $to)
  AND ($mentions IS NULL OR EXISTS { (:Entity {id: $mentions})-[:MENTIONED_IN]->(a) })
  AND ($mentionsAll IS NULL OR all(m IN $mentionsAll WHERE EXISTS { (:Entity {id: m})-[:MENTIONED_IN]->(a) }))`;

export class ArticleReadRepository {
  constructor(private readonly graph: Graph) {}

  async byIds(ids: readonly string[]): Promise<Map<string, ArticleRow>> {
    if (!ids.length) return new Map();
    const rows = await this.graph.read((tx) =>
      tx.run(`UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a ${ARTICLE_PROJECTION} AS a`, {
        ids: [...new Set(ids)],
      }),
    );
    return new Map(rows.map((r) => [(r.a as ArticleRow).id, r.a as ArticleRow]));
  }

  async list(filter: ArticleFilterInput, first: number, offset: number): Promise<Page<ArticleRow>> {
    const rows = await this.graph.read((tx) =>
      tx.run(
        `CALL () { MATCH (a:Article) ${WHERE} RETURN count(a) AS total }
         CALL () {
           MATCH (a:Article) ${WHERE}
           WITH a ORDER BY a.publishedAt DESC, a.id SKIP $offset LIMIT $first
           RETURN collect(a ${ARTICLE_PROJECTION}) AS items
         }
         RETURN total, items`,
        {
          source: filter.source ?? null,
          from: filter.from ?? null,
          to: filter.to ? `${filter.to}~` : null,
          mentions: filter.mentions ?? null,
          mentionsAll: filter.mentionsAll?.length ? filter.mentionsAll : null,
          first: int(first),
          offset: int(offset),
        },
      ),
    );
    return { items: (rows[0]?.items as ArticleRow[]) ?? [], totalCount: Number(rows[0]?.total ?? 0), offset };
  }
}
