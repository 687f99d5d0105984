// End to end: the seed article through real CoreNLP into the real Neo4j, read back over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.ts';
import { counts, seedGraph, SEED, startTestServer, testGraph } from './helpers.ts';

describe('walking skeleton', () => {
  let graph: Graph;
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    graph = testGraph();
    await seedGraph(graph);
    server = await startTestServer(graph);
  });

  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it('serves the people of the seed article over HTTP (People operation)', async () => {
    const res = await server.query<{
      entities: { totalCount: number; edges: { node: { name: string; __typename: string } }[] };
    }>(
      `query People($first: Int = 50) {
        entities(filter: { types: [PERSON] }, first: $first) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { id name __typename } }
        }
      }`,
    );
    expect(res.errors).toBeUndefined();
    const names = res.data!.entities.edges.map((e) => e.node.name);
    expect(names).toEqual(
      expect.arrayContaining(['Benjamin Netanyahu', 'Gideon Saar', 'Steve Witkoff', 'Yoav Gallant']),
    );
    expect(names).not.toContain('Anadolu');
    expect(res.data!.entities.edges.every((e) => e.node.__typename === 'Person')).toBe(true);
    expect(res.data!.entities.totalCount).toBe(names.length);
  });

  it('serves the playground from its own assets (no CDN)', async () => {
    const html = await (await fetch(server.url, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('<title>Newsgraph playground</title>');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const asset of assets) {
      expect(asset.startsWith('/playground/'), `${asset} is served by the project`).toBe(true);
      const res = await fetch(new URL(asset, server.url));
      expect(res.status).toBe(200);
      expect((await res.text()).length).toBeGreaterThan(1000);
    }
  });

  it('agrees with Cypher over Bolt', async () => {
    const rows = await graph.run('MATCH (p:Person) RETURN p.name AS name ORDER BY name');
    expect(rows.map((r) => r.name)).toEqual(['Benjamin Netanyahu', 'Gideon Saar', 'Steve Witkoff', 'Yoav Gallant']);
  });

  it('lists the article (Articles operation)', async () => {
    const res = await server.query<{ articles: { totalCount: number; edges: { node: { publishedAt: string } }[] } }>(
      `query Articles { articles(first: 20) { totalCount edges { node { id title publishedAt source } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.articles.totalCount).toBe(1);
    expect(res.data!.articles.edges[0].node.publishedAt).toBe('2025-06-10');
  });

  it('re-ingesting the seed changes nothing', async () => {
    const before = await counts(graph);
    const { Ingestor } = await import('../../src/ingest/ingest.ts');
    const { testExtractor } = await import('./helpers.ts');
    const ingestor = new Ingestor(graph, testExtractor());
    const again = await ingestor.ingestPaths([SEED]);
    expect(again[0].status).toBe('unchanged');
    const forced = await ingestor.ingestPaths([SEED], { force: true });
    expect(forced[0].status).toBe('ingested');
    expect(await counts(graph)).toEqual(before);
  });
});
