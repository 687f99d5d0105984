// Shared set-up for integration tests: the real test Neo4j and CoreNLP from global-setup.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { createServer } from '../../src/api/server.ts';
import { Extractor } from '../../src/extract/extract.ts';
import { Graph } from '../../src/graph/driver.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { Ingestor } from '../../src/ingest/ingest.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED = path.join(ROOT, 'seeds', '2025-06-10-gaza-ceasefire-talks.txt');
export const FIXTURE_ARTICLES = path.join(ROOT, 'test', 'fixtures', 'articles');

export function testGraph(): Graph {
  return Graph.connect({
    uri: inject('neo4jUri'),
    user: inject('neo4jUser'),
    password: inject('neo4jPassword') || undefined,
  });
}

let extractor: Extractor | undefined;
export function testExtractor(): Extractor {
  extractor ??= Extractor.forServers(inject('coreNlpUrls'));
  return extractor;
}

/** Empties the test database and applies the schema. Test files run one at a time. */
export async function resetGraph(graph: Graph): Promise<void> {
  await graph.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  await applySchema(graph);
}

export async function seedGraph(graph: Graph, files: string[] = [SEED]) {
  await resetGraph(graph);
  const ingestor = new Ingestor(graph, testExtractor());
  const results = await ingestor.ingestPaths(files);
  const bad = results.filter((r) => r.status === 'refused' || r.status === 'failed');
  if (bad.length) throw new Error(`seeding failed: ${bad.map((b) => b.reason).join('; ')}`);
  return { ingestor, results };
}

export async function counts(graph: Graph): Promise<{ nodes: number; rels: number }> {
  const rows = await graph.run(
    'MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  return { nodes: Number(rows[0].nodes), rels: Number(rows[0].rels) };
}

/** The real HTTP server on a free port, for tests that talk GraphQL over HTTP. */
export async function startTestServer(graph: Graph, opts: { ingestor?: Ingestor; writeToken?: string } = {}) {
  const { httpServer, apollo } = await createServer({ graph, ingestor: opts.ingestor, writeToken: opts.writeToken });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const addr = httpServer.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/graphql`;
  return {
    url,
    async query<T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
      headers: Record<string, string> = {},
    ) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    },
    async close() {
      await apollo.stop();
      httpServer.close();
    },
  };
}
