// Eight articles that share people, organisations and places, ingested all at once (twice):
// every entity exists once, every article keeps all its facts, the counters agree with the
// mentions, and the graph is the same as when the articles arrive one after another.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/driver.ts';
import { ArticleRepository } from '../../../src/graph/article.repository.ts';
import { Ingestor, toRecord, type IngestResult } from '../../../src/ingest/ingest.ts';
import { readArticleFile } from '../../../src/ingest/readers/index.ts';
import type { SourceArticle } from '../../../src/extract/types.ts';
import { resetGraph, testExtractor, testGraph } from '../helpers.ts';
import { GRAPH_FIXTURES, snapshot, type Snapshot } from './graph-helpers.ts';

const DIR = path.join(GRAPH_FIXTURES, 'concurrent');

/** Alias order follows arrival order; everything else must not depend on it. */
function normalised(s: Snapshot): Snapshot {
  const nodes = s.nodes.map((line) => {
    const [id, labels, props] = JSON.parse(line) as [string, string[], Record<string, unknown>];
    if (Array.isArray(props.aliases)) props.aliases = [...(props.aliases as string[])].sort();
    delete props.aliasText;
    return JSON.stringify([id, labels, props]);
  });
  return { nodes: nodes.sort(), rels: s.rels };
}

describe('concurrent ingest of overlapping articles', () => {
  let graph: Graph;
  let sources: SourceArticle[];
  let ingestor: Ingestor;
  let firstRound: IngestResult[];
  let afterFirst: Snapshot;

  const ingestAll = (force = false) => Promise.all(sources.map((s) => ingestor.ingest(s, { force })));

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    ingestor = new Ingestor(graph, testExtractor());
    const files = fs.readdirSync(DIR).sort();
    expect(files).toHaveLength(8);
    sources = (await Promise.all(files.map((f) => readArticleFile(path.join(DIR, f))))).flat();
    firstRound = await ingestAll();
    afterFirst = await snapshot(graph, ['ingestedAt']);
  });

  afterAll(async () => {
    await graph?.close();
  });

  it('ingests all eight', () => {
    expect(firstRound.map((r) => r.status)).toEqual(Array(8).fill('ingested'));
  });

  it('stores every entity once: no two entities of one type share a name', async () => {
    const dupes = await graph.run(
      `MATCH (e:Entity) WITH e.type AS type, e.name AS name, collect(e.id) AS ids WHERE size(ids) > 1 RETURN type, name, ids`,
    );
    expect(dupes).toEqual([]);
    const shared = await graph.run(
      `MATCH (e:Entity) WHERE e.id IN ['person:benjamin-netanyahu', 'organisation:hamas', 'country:israel', 'place:gaza']
       RETURN e.id AS id, e.articleCount AS articles ORDER BY id`,
    );
    expect(shared.map((r) => r.id)).toEqual([
      'country:israel',
      'organisation:hamas',
      'person:benjamin-netanyahu',
      'place:gaza',
    ]);
    expect(shared.every((r) => (r.articles as number) >= 3)).toBe(true);
  });

  it('keeps every fact of every article', async () => {
    for (const r of firstRound) {
      const [stored] = await graph.run(
        `MATCH (a:Article {id: $id})
         RETURN COUNT { (a)<-[:IN]-(:Statement) } AS statements, COUNT { (a)<-[:IN]-(:Event) } AS events,
                COUNT { (a)<-[:MENTIONED_IN]-(:Entity) } AS mentioned`,
        { id: r.articleId },
      );
      expect(stored, r.name).toMatchObject({ statements: r.summary!.statements, events: r.summary!.events });
      expect(stored.mentioned, r.name).toBeGreaterThan(0);
      expect(r.summary!.statements + r.summary!.events, r.name).toBeGreaterThan(0);
    }
  });

  it('keeps each entity’s mention and article counts in step with its mentions', async () => {
    const wrong = await graph.run(
      `MATCH (e:Entity)
       OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(:Article)
       WITH e, coalesce(sum(m.count), 0) AS mentions, count(m) AS articles
       WHERE coalesce(e.mentionCount, 0) <> mentions OR coalesce(e.articleCount, 0) <> articles
       RETURN e.id AS id, e.mentionCount AS mentionCount, mentions, e.articleCount AS articleCount, articles`,
    );
    expect(wrong).toEqual([]);
  });

  it('a second concurrent round (forced) changes nothing', async () => {
    const second = await ingestAll(true);
    expect(second.map((r) => r.status)).toEqual(Array(8).fill('ingested'));
    expect(await snapshot(graph, ['ingestedAt'])).toEqual(afterFirst);
  });

  it('eight writes that reach Neo4j at the same moment (extraction done beforehand) keep it intact', async () => {
    // Through CoreNLP the writes spread out in time; here they all start together, three times.
    const extractor = testExtractor();
    const records = await Promise.all(sources.map(async (s) => toRecord(await extractor.extract(s))));
    const repo = new ArticleRepository(graph);
    for (let round = 0; round < 3; round++) {
      await Promise.all(records.map((r) => repo.write(r)));
      expect(await snapshot(graph, ['ingestedAt'])).toEqual(afterFirst);
    }
  });

  it('gives the same graph as ingesting the articles one by one', async () => {
    const concurrent = normalised(await snapshot(graph, ['ingestedAt', 'createdAt']));
    await resetGraph(graph);
    for (const s of sources) await ingestor.ingest(s);
    expect(normalised(await snapshot(graph, ['ingestedAt', 'createdAt']))).toEqual(concurrent);
  });
});
