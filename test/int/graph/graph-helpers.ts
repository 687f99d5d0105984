// Shared by the graph-layer integration tests: building graphs from test articles, reading
// back everything that is stored, and a hand-built article the extractor cannot produce yet.
import fs from 'node:fs';
import path from 'node:path';
import { Extractor } from '../../../src/extract/extract.ts';
import { entityId, factId } from '../../../src/extract/ids.ts';
import type { Graph } from '../../../src/graph/driver.ts';
import type { ArticleRecord } from '../../../src/graph/records.ts';
import { contentHash, Ingestor, toRecord } from '../../../src/ingest/ingest.ts';
import { readArticleFile, readArticles } from '../../../src/ingest/readers/index.ts';
import { ROOT, SEED, testExtractor } from '../helpers.ts';

export const GRAPH_FIXTURES = path.join(ROOT, 'test', 'fixtures', 'graph');
/** A follow-up naming Netanyahu by surname only, with Hamas, Gaza, a quote, and "Smotrich" alone. */
export const FOLLOW_UP = path.join(GRAPH_FIXTURES, '2025-06-12-netanyahu-vows.txt');
/** Bezalel Smotrich in full (so a POSSIBLY_SAME_AS link to the surname-only one), the ICJ, Hamas. */
export const SANCTIONS = path.join(GRAPH_FIXTURES, '2025-06-14-smotrich-sanctions.txt');
export const EXAMPLE_ARTICLES = [SEED, FOLLOW_UP, SANCTIONS];

/**
 * Ingests files one after another, in order (identity resolution depends on what is already
 * stored), through the real pipeline. Throws when any is refused or fails.
 */
export async function ingestInOrder(graph: Graph, files: string[], extractor: Extractor = testExtractor()) {
  const ingestor = new Ingestor(graph, extractor);
  const results = [];
  for (const file of files) {
    const [r] = await ingestor.ingestPaths([file], { concurrency: 1 });
    if (r.status === 'refused' || r.status === 'failed') throw new Error(`ingest of ${file} ${r.status}: ${r.reason}`);
    results.push(r);
  }
  return { ingestor, results };
}

/** The extractor on CoreNLP output recorded from the real server (test/fixtures/corenlp). */
export function recordedExtractor(): Extractor {
  return Extractor.fromRecorded((doc) => {
    const file = path.join(ROOT, 'test', 'fixtures', 'corenlp', `${doc.source.name}.json`);
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  });
}

/** The seed article as the graph layer receives it, from recorded CoreNLP output. */
export async function recordedRecord(file = SEED): Promise<ArticleRecord> {
  const [source] = await readArticleFile(file);
  return toRecord(await recordedExtractor().extract(source));
}

export interface Snapshot {
  nodes: string[];
  rels: string[];
}

/**
 * Everything stored, as sorted lines: each node with its labels and properties, each
 * relationship with its ends, type and properties. `ignore` drops properties that change on
 * every write (ingestedAt).
 */
export async function snapshot(graph: Graph, ignore: string[] = []): Promise<Snapshot> {
  const rows = await graph.run(
    `CALL () {
       MATCH (n) RETURN collect([n.id, labels(n), properties(n)]) AS nodes
     }
     CALL () {
       MATCH (a)-[r]->(b) RETURN collect([a.id, type(r), b.id, properties(r)]) AS rels
     }
     RETURN nodes, rels`,
  );
  const clean = (props: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(props)
        .filter(([k]) => !ignore.includes(k))
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  const nodes = (rows[0].nodes as [string, string[], Record<string, unknown>][]).map(([id, labels, props]) =>
    JSON.stringify([id, [...labels].sort(), clean(props)]),
  );
  const rels = (rows[0].rels as [string, string, string, Record<string, unknown>][]).map(([a, t, b, props]) =>
    JSON.stringify([a, t, b, clean(props)]),
  );
  return { nodes: nodes.sort(), rels: rels.sort() };
}

/**
 * A short article whose statement is relayed through an outlet (ACCORDING_TO): the extractor
 * never sets `accordingTo` yet, so the example query for outlets is exercised with this
 * hand-built record, written through the real ArticleRepository.
 */
export function relayedRecord(): ArticleRecord {
  const [source] = readArticles({
    name: 'relayed',
    format: 'text',
    content:
      ' date 2025-06-11 Egypt said talks on a Gaza ceasefire would resume in Cairo next week, according to Anadolu.\n',
  });
  const text = source.text;
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const id = 'article:test-relayed-statement';
  const egypt = entityId('Country', 'Egypt');
  const anadolu = entityId('Organisation', 'Anadolu');
  const gaza = entityId('Place', 'Gaza');
  const content = span('talks on a Gaza ceasefire would resume in Cairo next week');
  return {
    id,
    text,
    publishedAt: source.publishedAt,
    related: [],
    contentHash: contentHash(source),
    extractor: 'hand-written test record',
    sentences: [{ start: span('Egypt').start, end: text.trimEnd().length }],
    entities: [
      { id: egypt, type: 'Country', name: 'Egypt', aliases: [], mentions: [span('Egypt')], confidence: 1 },
      { id: anadolu, type: 'Organisation', name: 'Anadolu', aliases: [], mentions: [span('Anadolu')], confidence: 1 },
      { id: gaza, type: 'Place', name: 'Gaza', aliases: [], mentions: [span('Gaza')], confidence: 1 },
    ],
    roles: [],
    statements: [
      {
        id: factId('statement', id, content.start, content.end),
        speaker: { ...span('Egypt'), entityId: egypt },
        cue: span('said'),
        content,
        kind: 'indirect',
        accordingTo: anadolu,
        date: '2025-06-11',
        datePrecision: 'day',
        about: [gaza],
        sentence: 0,
        confidence: 1,
      },
    ],
    events: [],
    possiblySame: [],
  };
}
