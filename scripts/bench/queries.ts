// Query latency: each contract operation (src/api/playground/operations.graphql) over
// GraphQL/HTTP, beside the very Cypher it runs (recorded through Graph.onQuery) replayed
// straight through neo4j-driver, as auto-commit reads (as the server runs it) and in
// executeRead; 1 and 10 concurrent clients; on generated graphs of 1k and 10k articles.
// All are measured in the same run.
import fs from 'node:fs';
import nodeHttp from 'node:http';
import path from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import neo4j from 'neo4j-driver';
import { createServer } from '../../src/api/server.ts';
import { loadSettings, projectRoot } from '../../src/config.ts';
import { ArticleRepository } from '../../src/graph/article.repository.ts';
import { Graph, integers } from '../../src/graph/driver.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { neo4jService } from '../../src/services/neo4j.ts';
import { entityPool, generateArticle } from './generate.ts';

const VARIABLES: Record<string, Record<string, unknown>> = {
  People: { first: 50 },
  Search: { text: 'person 1' },
  Articles: {},
  SaidBy: { id: 'person:bench-0' },
  EventsOf: { id: 'court:bench-7' },
  Timeline: { id: 'person:bench-0' },
  Around: { id: 'country:bench-5' },
  Between: { from: 'organisation:bench-3', to: 'person:bench-1' },
};

/**
 * One POST over a kept-alive connection with node:http. The client shares this process with
 * the server, so its own cost counts in every GraphQL latency: `fetch` (undici) cost about
 * 0.7 ms more per request than node:http here (1.4 vs 0.7 ms for `{ __typename }`).
 */
function post(agent: nodeHttp.Agent, url: URL, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = nodeHttp.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function measure(clients: number, total: number, once: () => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  let left = total;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (left-- > 0) {
        const t0 = performance.now();
        await once();
        times.push(performance.now() - t0);
      }
    }),
  );
  return times;
}

export async function queries({ benchHome, log }: { benchHome: string; log: (l: string) => void }): Promise<string[]> {
  const base = loadSettings();
  const port = Number(process.env.BENCH_NEO4J_PORT ?? 7787);
  const s = {
    ...base.neo4j,
    uri: undefined,
    password: '',
    boltPort: port,
    dataDir: path.join(benchHome, 'neo4j-queries'),
  };
  const neo = neo4jService(s, path.join(benchHome, 'queries'));
  await neo.ensure(log);
  const graph = Graph.connect({ uri: `bolt://127.0.0.1:${port}` });
  const { httpServer, apollo } = await createServer({ graph, maxCost: 1_000_000 });
  // Kept-alive client sockets sit idle while the Cypher side is timed: the server must not
  // close them meanwhile (its default 5 s), or the next request on one is reset.
  httpServer.keepAliveTimeout = 30 * 60_000;
  await new Promise<void>((r) => httpServer.listen(0, '127.0.0.1', r));
  const addr = httpServer.address();
  const url = new URL(`http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/graphql`);
  const agent = new nodeHttp.Agent({ keepAlive: true, maxSockets: 10 });
  const ops = parse(fs.readFileSync(path.join(projectRoot, 'src/api/playground/operations.graphql'), 'utf8'))
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
    .map((d) => ({ name: d.name!.value, query: print(d) }));
  const rows: string[] = [];
  try {
    await applySchema(graph);
    const repo = new ArticleRepository(graph);
    const pool = entityPool(5_000);
    let written = 0;
    for (const size of [1_000, 10_000]) {
      while (written < size) {
        await Promise.all(Array.from({ length: 2 }, (_, i) => repo.write(generateArticle(written + i, pool))));
        written += 2;
        if (written % 2_000 === 0) log(`queries: ${written} articles written`);
      }
      for (const op of ops) {
        const variables = VARIABLES[op.name] ?? {};
        const body = JSON.stringify({ query: op.query, variables, operationName: op.name });
        const http = async () => {
          const json = JSON.parse(await post(agent, url, body)) as { errors?: unknown[] };
          if (json.errors) throw new Error(`${op.name}: ${JSON.stringify(json.errors)}`);
        };
        // Record the Cypher this operation runs, then replay exactly that through the driver.
        const recorded: { q: string; p: Record<string, unknown> }[] = [];
        graph.onQuery = (q, p) => recorded.push({ q, p });
        await http();
        graph.onQuery = undefined;
        // The same queries the way the server runs them (each an auto-commit read: Graph.read),
        // and the way the driver's manual recommends for application code (executeRead).
        const raw = async () => {
          for (const { q, p } of recorded) {
            const session = graph.driver.session({ defaultAccessMode: neo4j.session.READ });
            try {
              await session.run(q, integers(p));
            } finally {
              await session.close();
            }
          }
        };
        const managed = async () => {
          for (const { q, p } of recorded) {
            const session = graph.driver.session({ defaultAccessMode: neo4j.session.READ });
            try {
              await session.executeRead((tx) => tx.run(q, integers(p)));
            } finally {
              await session.close();
            }
          }
        };
        // Warm both paths (query plans, JIT) before timing either.
        for (let i = 0; i < 20; i++) {
          await http();
          await raw();
          await managed();
        }
        for (const clients of [1, 10]) {
          // Interleaved in rounds (GraphQL, Cypher, GraphQL, …) so that neither side is
          // measured on a colder or warmer database than the other.
          const n = clients === 1 ? 60 : 200;
          const rounds = clients === 1 ? 6 : 4;
          const g: number[] = [];
          const c: number[] = [];
          const m: number[] = [];
          for (let r = 0; r < rounds; r++) {
            g.push(...(await measure(clients, n / rounds, http)));
            c.push(...(await measure(clients, n / rounds, raw)));
            m.push(...(await measure(clients, n / rounds, managed)));
          }
          rows.push(
            `| ${size.toLocaleString('en')} | ${op.name} | ${clients} | ${recorded.length} | ${pct(c, 50).toFixed(1)} | ${pct(m, 50).toFixed(1)} | ${pct(g, 50).toFixed(1)} | ${(pct(g, 50) / pct(c, 50)).toFixed(2)}× | ${(pct(g, 50) / pct(m, 50)).toFixed(2)}× | ${pct(c, 95).toFixed(1)} | ${pct(g, 95).toFixed(1)} |`,
          );
          log(rows[rows.length - 1]);
        }
      }
    }
  } finally {
    agent.destroy();
    await apollo.stop();
    httpServer.close();
    await graph.close();
    await neo.stop();
  }
  return [
    '### Query latency: contract operations, GraphQL over HTTP vs the same Cypher through neo4j-driver',
    '',
    'Generated graphs (8 entities, 5 statements, 4 events per article; 5,000-entity pool with skewed popularity). "Cypher" replays exactly the queries the GraphQL request ran (recorded through `Graph.onQuery`), one after another, the way the server runs them (each an auto-commit read transaction); "Cypher, executeRead" replays them in managed read transactions, the way the driver manual recommends for application code (one more round trip per query). "GraphQL" is the whole HTTP request (parse, validate, cost check, resolvers, JSON), client (node:http, kept-alive connections) and server in this one Node process. All three are warmed with 20 requests each, then timed in interleaved rounds (GraphQL, Cypher, executeRead, GraphQL, …; 60 requests each for 1 client, 200 for 10). Latencies in ms; "ratio" is GraphQL p50 over Cypher p50, "ratio vs executeRead" over the executeRead p50.',
    '',
    '| articles | operation | clients | Cypher queries | Cypher p50 | Cypher p50, executeRead | GraphQL p50 | ratio | ratio vs executeRead | Cypher p95 | GraphQL p95 |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ];
}
