// Every analyst query in cypher/examples runs against a graph built from test articles (the
// seed, two short follow-ups, and one hand-built record with an ACCORDING_TO link) with the
// parameters its header gives, and returns rows with exactly the columns its header promises.
// A file added without a header, or one that finds nothing here, fails this test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/driver.ts';
import { ArticleRepository } from '../../../src/graph/article.repository.ts';
import { exampleFiles, loadExample } from '../../unit/graph/cypher-examples.ts';
import { resetGraph, testGraph } from '../helpers.ts';
import { EXAMPLE_ARTICLES, ingestInOrder, relayedRecord } from './graph-helpers.ts';

type Row = Record<string, unknown>;

describe('cypher/examples', () => {
  let graph: Graph;
  const results = new Map<string, Row[]>();

  const run = async (file: string): Promise<Row[]> => {
    const ex = loadExample(file);
    const rows = await graph.read((tx) => tx.run(ex.query, ex.params));
    results.set(file, rows);
    return rows;
  };
  const rowsOf = async (prefix: string) => {
    const file = exampleFiles().find((f) => f.startsWith(prefix));
    if (!file) throw new Error(`no example ${prefix}*`);
    return results.get(file) ?? run(file);
  };

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    await ingestInOrder(graph, EXAMPLE_ARTICLES);
    await new ArticleRepository(graph).write(relayedRecord());
  });

  afterAll(async () => {
    await graph?.close();
  });

  it('has at least twelve examples', () => {
    expect(exampleFiles().length).toBeGreaterThanOrEqual(12);
  });

  it.each(exampleFiles())('%s returns rows with the columns its header promises', async (file) => {
    const ex = loadExample(file);
    const rows = await run(file);
    expect(rows.length, `${file} returned no rows for ${JSON.stringify(ex.params)}`).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(row)).toEqual(ex.returns);
  });

  it('who said what about Gaza: Netanyahu, Hamas and the relayed Egyptian statement', async () => {
    const rows = await rowsOf('01-');
    const speakers = new Set(rows.map((r) => r.speaker));
    expect([...speakers]).toEqual(expect.arrayContaining(['Benjamin Netanyahu', 'Hamas', 'Egypt']));
    expect(rows.every((r) => ['direct', 'indirect', 'mixed'].includes(r.kind as string))).toBe(true);
  });

  it('a quotation in pieces is one :Statement per piece, sharing attributionId, each slicing its article', async () => {
    const rows = await graph.read((tx) =>
      tx.run(
        `MATCH (s:Statement)-[:IN]->(a:Article) WHERE s.text CONTAINS 'It is too soon' OR s.text CONTAINS 'ceaselessly'
         RETURN s.text AS text, s.attributionId AS whole, substring(a.text, s.start, s.end - s.start) AS slice
         ORDER BY s.start`,
      ),
    );
    expect(rows.map((r) => r.text)).toEqual([
      '“It is too soon to give people hope,”',
      '“We are currently working ceaselessly on it.”',
    ]);
    for (const r of rows) expect(r.slice).toBe(r.text);
    expect(rows[0].whole).toMatch(/^statement:/);
    expect(rows[1].whole).toBe(rows[0].whole);
  });

  it('an outlet relays statements both ways: as speaker (SAID) and as source (ACCORDING_TO)', async () => {
    const rows = await rowsOf('02-');
    expect(rows.map((r) => [r.relayedAs, r.speaker])).toEqual(
      expect.arrayContaining([
        ['SAID', 'Anadolu'],
        ['ACCORDING_TO', 'Egypt'],
      ]),
    );
    expect(rows.find((r) => r.relayedAs === 'SAID')!.statement).toContain('significant progress');
  });

  it('the ICC issued arrest warrants against Netanyahu and Gallant for war crimes', async () => {
    const [warrant] = (await rowsOf('03-')).filter((r) => r.event === 'ArrestWarrant');
    expect(warrant).toMatchObject({ court: 'International Criminal Court', date: '2024-11' });
    expect([...(warrant.against as string[])].sort()).toEqual(['Benjamin Netanyahu', 'Yoav Gallant']);
    expect(warrant.charges).toEqual(expect.arrayContaining(['war crimes', 'crimes against humanity']));
  });

  it('facts between two dates stay inside the range and include statements and events', async () => {
    const rows = await rowsOf('04-');
    expect(rows.every((r) => (r.date as string) >= '2025-06-09' && (r.date as string) <= '2025-06-12')).toBe(true);
    expect(new Set(rows.map((r) => r.fact))).toEqual(new Set(['Statement', 'Event']));
    expect(rows).toEqual(
      expect.arrayContaining([expect.objectContaining({ fact: 'Event', type: 'Meeting', date: '2025-06-09' })]),
    );
  });

  it('shortest paths join Hamas to the ICC through Netanyahu', async () => {
    const rows = await rowsOf('05-');
    for (const r of rows) {
      const nodes = r.nodes as string[];
      expect(nodes[0]).toBe('Hamas');
      expect(nodes.at(-1)).toBe('International Criminal Court');
      expect(r.hops).toBe(nodes.length - 1);
    }
    expect(rows.some((r) => (r.nodes as string[]).includes('Benjamin Netanyahu'))).toBe(true);
  });

  it('co-mention weights count articles: Netanyahu and Hamas share all three', async () => {
    const rows = await rowsOf('06-');
    const pair = rows.find((r) => [r.source, r.target].sort().join() === 'Benjamin Netanyahu,Hamas');
    expect(pair?.weight).toBe(3);
    expect(rows.every((r) => (r.weight as number) >= 2)).toBe(true);
  });

  it("an entity's timeline is in date order and spans both articles that quote Netanyahu", async () => {
    const rows = await rowsOf('07-');
    const dates = rows.map((r) => r.date as string);
    expect(dates).toEqual([...dates].sort());
    expect(rows.some((r) => r.fact === 'Event' && r.role === 'target' && r.date === '2024-11')).toBe(true);
    expect(new Set(rows.filter((r) => r.role === 'speaker').map((r) => r.article)).size).toBe(2);
  });

  it('current role holders of Israel leave out the former Defense Minister', async () => {
    const rows = await rowsOf('08-');
    const roles = rows.map((r) => `${r.person}: ${r.title}`);
    expect(roles).toEqual(
      expect.arrayContaining(['Benjamin Netanyahu: Prime Minister', 'Gideon Saar: Foreign Minister']),
    );
    expect(rows.some((r) => r.person === 'Yoav Gallant')).toBe(false);
  });

  it('Netanyahu is the most quoted, surname-only quotes included', async () => {
    const [top] = await rowsOf('09-');
    expect(top).toMatchObject({ person: 'Benjamin Netanyahu', articles: 2 });
    expect(top.statements).toBeGreaterThanOrEqual(6);
  });

  it("pairs one speaker's claims about the same subject from different articles, earlier first", async () => {
    const rows = await rowsOf('10-');
    for (const r of rows) {
      expect(r.speaker).toBe('Benjamin Netanyahu');
      expect(r.earlierArticle).not.toBe(r.laterArticle);
      expect((r.earlierDate as string) <= (r.laterDate as string)).toBe(true);
    }
    expect(rows.map((r) => r.topic)).toContain('Gaza');
  });

  it('the review queue links the full name Bezalel Smotrich to the surname-only Smotrich', async () => {
    const rows = await rowsOf('11-');
    expect(rows).toEqual([
      expect.objectContaining({ entity: 'Bezalel Smotrich', candidate: 'Smotrich', score: 0.7, sharedArticles: 0 }),
    ]);
  });

  it('three articles mention both Netanyahu and Hamas', async () => {
    const rows = await rowsOf('12-');
    expect(rows.map((r) => r.published)).toEqual(['2025-06-10', '2025-06-12', '2025-06-14']);
  });
});
