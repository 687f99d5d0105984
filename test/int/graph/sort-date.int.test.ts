// `sortDate` on statements and events: written with every fact (its own date, else the
// article's publication date), filled in on graphs written before it existed, and the
// timeline ordered by it exactly as it was ordered through each fact's article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityPool, generateArticle } from '../../../scripts/bench/generate.ts';
import { ArticleRepository } from '../../../src/graph/article.repository.ts';
import { int, type Graph } from '../../../src/graph/driver.ts';
import { backfillSortDates } from '../../../src/graph/schema.ts';
import { WalkRepository } from '../../../src/graph/walk.repository.ts';
import { resetGraph, testGraph } from '../helpers.ts';

const MISMATCHES = `MATCH (f:Statement|Event)-[:IN]->(a:Article)
  WHERE coalesce(f.sortDate, '~') <> coalesce(f.date, a.publishedAt, '~')
  RETURN count(f) AS n`;

/** The timeline order as it was computed before sortDate: through each fact's article. */
const THROUGH_ARTICLES = `MATCH (x:Entity {id: $id})
  CALL (x) {
    MATCH (x)-[:SAID]->(f:Statement) RETURN f
    UNION MATCH (f:Statement)-[:ABOUT|ACCORDING_TO]->(x) RETURN f
    UNION MATCH (x)-[:PARTICIPANT]->(f:Event) RETURN f
  }
  MATCH (f)-[:IN]->(a:Article)
  WITH f, coalesce(f.date, a.publishedAt, '') AS key
  ORDER BY key = '', key, f.articleId, f.start
  RETURN collect(f.id)[0..$first] AS ids`;

describe('sortDate', () => {
  let graph: Graph;
  let walks: WalkRepository;
  const PERSON = 'person:bench-0';

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    const repo = new ArticleRepository(graph);
    const pool = entityPool(12);
    for (let n = 0; n < 40; n++) {
      const a = generateArticle(n, pool);
      // Every third article tells no date for its facts; every fifth has no publication date.
      if (n % 3 === 0) {
        a.statements = a.statements.map((s) => ({ ...s, date: undefined, datePrecision: undefined }));
        a.events = a.events.map((e) => ({ ...e, date: undefined, datePrecision: undefined }));
      }
      if (n % 5 === 0) a.publishedAt = undefined;
      await repo.write(a);
    }
    walks = new WalkRepository(graph);
  });

  afterAll(async () => {
    await graph?.close();
  });

  const timelineIds = async () => (await walks.timeline(PERSON, {}, { first: 100, offset: 0 }))!.items.map((f) => f.id);

  it('is written with every fact: its own date, else the article’s, else none', async () => {
    expect((await graph.run(MISMATCHES))[0].n).toBe(0);
    const [row] = await graph.run(
      `MATCH (f:Statement|Event)
       RETURN count(f.sortDate) AS dated, count(f) - count(f.sortDate) AS undated,
              count(CASE WHEN f.date IS NULL AND f.sortDate IS NOT NULL THEN 1 END) AS fromArticle`,
    );
    expect(row.dated).toBeGreaterThan(0);
    expect(row.undated).toBeGreaterThan(0); // articles 0, 15, 30: no date anywhere
    expect(row.fromArticle).toBeGreaterThan(0);
  });

  it('orders the timeline as the article dates did, undated facts last', async () => {
    const ids = await timelineIds();
    const [expected] = await graph.run(THROUGH_ARTICLES, { id: PERSON, first: int(100) });
    expect(ids.length).toBeGreaterThan(20);
    expect(ids).toEqual(expected.ids);
  });

  it('filters the timeline by date range on sortDate', async () => {
    const page = (await walks.timeline(PERSON, { from: '2021-03-01', to: '2022-06' }, { first: 100, offset: 0 }))!;
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.totalCount).toBeLessThan((await walks.timeline(PERSON, {}, { first: 1, offset: 0 }))!.totalCount);
    const [row] = await graph.run(`UNWIND $ids AS id MATCH (f {id: id}) RETURN collect(f.sortDate) AS dates`, {
      ids: page.items.map((f) => f.id),
    });
    for (const d of row.dates as string[]) {
      expect(d >= '2021-03-01' && (d <= '2022-06' || d.startsWith('2022-06'))).toBe(true);
    }
  });

  it('is filled in on facts written without it, and the timeline is unchanged', async () => {
    const before = await timelineIds();
    const [removed] = await graph.run(
      'MATCH (f:Statement|Event) WHERE f.sortDate IS NOT NULL REMOVE f.sortDate RETURN count(f) AS n',
    );
    expect(removed.n).toBeGreaterThan(0);
    expect(await backfillSortDates(graph)).toBe(removed.n);
    expect((await graph.run(MISMATCHES))[0].n).toBe(0);
    expect(await timelineIds()).toEqual(before);
    expect(await backfillSortDates(graph)).toBe(0); // idempotent
  });
});
