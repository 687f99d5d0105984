// `npm run bench`: speed and memory, measured on this machine and written to
// docs/performance.md with the date, commit and command. Sections (default: all):
//   --only services   cold and warm start-up of each JVM service, resident memory after the seed
//   --only corenlp    CoreNLP's own throughput on the seed vs `newsgraph extract` on the same
//   --only writes     graph-write cost per article at 1k, 10k and 100k generated articles
//   --only queries    contract operations over GraphQL/HTTP vs the same Cypher through the driver
// Benchmarks use their own Neo4j (port 7787, a temporary data folder) and their own CoreNLP
// (port 9011) for start-up timing, so they never touch the graph `npm start` serves.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSettings, projectRoot, type Settings } from '../src/config.ts';
import { CoreNlpClient } from '../src/extract/corenlp/client.ts';
import { Extractor } from '../src/extract/extract.ts';
import { textForCoreNlp } from '../src/extract/stages/annotate.ts';
import { ArticleRepository } from '../src/graph/article.repository.ts';
import { Graph } from '../src/graph/driver.ts';
import { applySchema } from '../src/graph/schema.ts';
import { Ingestor } from '../src/ingest/ingest.ts';
import { readArticleFile } from '../src/ingest/readers/index.ts';
import { coreNlpService } from '../src/services/corenlp.ts';
import { ServiceManager } from '../src/services/manager.ts';
import { neo4jService } from '../src/services/neo4j.ts';
import { gitCommit, writeDocBlock } from './report.ts';
import { entityPool, generateArticle, rowsOf } from './bench/generate.ts';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : 'all';
const maxArticles = Number(args.includes('--max') ? args[args.indexOf('--max') + 1] : 100_000);
const want = (s: string) => only === 'all' || only.split(',').includes(s);
const SEED = path.join(projectRoot, 'seeds', '2025-06-10-gaza-ceasefire-talks.txt');
const base = loadSettings();
const benchHome = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-'));
const log = (l: string) => process.stderr.write(`${l}\n`);
const sections: string[] = [];
const rssMb = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
};
const pidOf = (runDir: string, name: string) =>
  JSON.parse(fs.readFileSync(path.join(runDir, `${name}.json`), 'utf8')).pid as number;

function benchSettings(): Settings {
  return {
    ...base,
    runDir: benchHome,
    neo4j: {
      ...base.neo4j,
      uri: undefined,
      password: '',
      boltPort: Number(process.env.BENCH_NEO4J_PORT ?? 7787),
      dataDir: path.join(benchHome, 'neo4j'),
      heap: base.neo4j.heap,
    },
    corenlp: { ...base.corenlp, urls: [], port: Number(process.env.BENCH_CORENLP_PORT ?? 9011) },
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const v = await fn();
  return [v, performance.now() - t0];
}

/** Start-up timings mean nothing if something already answers on the bench ports. */
async function requireFreePorts(s: Settings) {
  const { portOpen } = await import('../src/services/process.ts');
  for (const port of [s.neo4j.boltPort, s.corenlp.port]) {
    if (await portOpen('127.0.0.1', port))
      throw new Error(`bench: port ${port} is in use; set BENCH_NEO4J_PORT / BENCH_CORENLP_PORT to free ports`);
  }
}

async function services() {
  const s = benchSettings();
  await requireFreePorts(s);
  const rows: string[] = [];
  // Neo4j: cold = new empty data folder; warm = the same folder again.
  const neo = neo4jService(s.neo4j, s.runDir);
  const [, neoCold] = await timed(() => neo.ensure(log));
  await neo.stop();
  const [, neoWarm] = await timed(() => neo.ensure(log));
  // CoreNLP: cold = first start in this run; warm = a second start (jars and models in the page cache).
  const nlp = coreNlpService(s.corenlp, s.runDir);
  const [, nlpCold] = await timed(() => nlp.ensure(log));
  await nlp.stop();
  const [, nlpWarm] = await timed(() => nlp.ensure(log));
  // Resident memory after the seed article is ingested through both.
  const graph = Graph.connect({ uri: `bolt://127.0.0.1:${s.neo4j.boltPort}` });
  await applySchema(graph);
  const ingestor = new Ingestor(graph, Extractor.forServers([`http://127.0.0.1:${s.corenlp.port}`]));
  await ingestor.ingestPaths([SEED], { force: true });
  const neoRss = rssMb(pidOf(s.runDir, 'neo4j'));
  const nlpRss = rssMb(pidOf(s.runDir, 'corenlp'));
  const nodeRss = Math.round(process.memoryUsage().rss / 2 ** 20);
  await graph.close();
  await nlp.stop();
  await neo.stop();
  rows.push(
    '| service | cold start (s) | warm start (s) | resident memory after the seed (MB) |',
    '|---|---|---|---|',
    `| Neo4j 5.26.30 embedded (-Xmx${s.neo4j.heap}) | ${(neoCold / 1000).toFixed(1)} | ${(neoWarm / 1000).toFixed(1)} | ${neoRss} |`,
    `| CoreNLP 4.5.10 server, full pipeline preloaded (-Xmx${s.corenlp.heap}) | ${(nlpCold / 1000).toFixed(1)} | ${(nlpWarm / 1000).toFixed(1)} | ${nlpRss} |`,
    `| Node (this process: ingest + driver) | – | – | ${nodeRss} |`,
  );
  sections.push(
    '### Service start-up and memory',
    '',
    'Cold: Neo4j on a new, empty data folder; CoreNLP\'s first start in the run (Maven jars already resolved). Warm: started again straight after. Start-up is measured to "healthy" (Neo4j answers over Bolt; CoreNLP has preloaded the full pipeline and answered a request).',
    '',
    ...rows,
    '',
  );
}

async function corenlp() {
  const manager = new ServiceManager(base);
  const running = await manager.start(['corenlp'], log);
  const [source] = await readArticleFile(SEED);
  const client = new CoreNlpClient(running.coreNlpUrls, 1);
  const text = textForCoreNlp(source);
  const first = await client.annotate(text, { date: '2025-06-10' });
  const tokens = first.sentences.reduce((n, x) => n + x.tokens.length, 0);
  const runs = 5;
  const extractor = Extractor.forServers(running.coreNlpUrls, 1);
  await extractor.extract(source);
  // Interleaved (CoreNLP alone, then our pipeline, five times), so that the server's own
  // warming up over the run does not favour whichever side goes second.
  let raw = 0;
  let ours = 0;
  for (let i = 0; i < runs; i++) {
    raw += (await timed(() => client.annotate(text, { date: '2025-06-10' })))[1];
    ours += (await timed(() => extractor.extract(source)))[1];
  }
  await running.stop();
  const rawTps = (tokens * runs) / (raw / 1000);
  const oursTps = (tokens * runs) / (ours / 1000);
  sections.push(
    '### CoreNLP and extraction throughput (seed article)',
    '',
    `Seed article: ${tokens} tokens; annotators tokenize,ssplit,pos,lemma,ner,depparse,coref,quote; ${runs} requests each after one warm-up each, the two sides interleaved.`,
    '',
    '| what | tokens/s | ms per article |',
    '|---|---|---|',
    `| CoreNLP server alone (HTTP request → JSON) | ${rawTps.toFixed(0)} | ${(raw / runs).toFixed(0)} |`,
    `| \`newsgraph extract\` pipeline (CoreNLP + domain stages) | ${oursTps.toFixed(0)} | ${(ours / runs).toFixed(0)} |`,
    `| ratio | ${(oursTps / rawTps).toFixed(2)}× | |`,
    '',
  );
}

async function writes() {
  const s = benchSettings();
  await requireFreePorts(s);
  const neo = neo4jService(s.neo4j, s.runDir);
  await neo.ensure(log);
  const graph = Graph.connect({ uri: `bolt://127.0.0.1:${s.neo4j.boltPort}` });
  await applySchema(graph);
  const repo = new ArticleRepository(graph);
  const pool = entityPool(20_000);
  const levels = [1_000, 10_000, 100_000].filter((n) => n <= maxArticles);
  const rows: string[] = [];
  const concurrency = Number(args.includes('--writers') ? args[args.indexOf('--writers') + 1] : 2);
  let written = 0;
  for (const level of levels) {
    // Write up to the level; time the last 1,000 articles written.
    const sampleFrom = level - 1_000;
    let sampleMs = 0;
    let sampleRows = 0;
    while (written < level) {
      const batch = Array.from({ length: Math.min(concurrency, level - written) }, (_, i) =>
        generateArticle(written + i, pool),
      );
      const [, ms] = await timed(() => Promise.all(batch.map((a) => repo.write(a))));
      if (written >= sampleFrom) {
        sampleMs += ms;
        sampleRows += batch.reduce((n, a) => n + rowsOf(a), 0);
      }
      written += batch.length;
      if (written % 5_000 === 0) log(`writes: ${written} articles`);
    }
    rows.push(
      `| ${level.toLocaleString('en')} | ${(sampleMs / 1_000).toFixed(2)} | ${((sampleMs / 1_000) * concurrency).toFixed(1)} | ${Math.round(sampleRows / (sampleMs / 1000)).toLocaleString('en')} |`,
    );
  }
  const counts = await graph.run(
    'MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  await graph.close();
  await neo.stop();
  sections.push(
    '### Graph writes (generated extraction output)',
    '',
    `Each article: 8 entities from a pool of 20,000 (skewed popularity), 5 statements, 4 events, 1 role; one \`executeWrite\` per article, ${concurrency} in flight. Cost measured over the last 1,000 articles written before each level. Final graph: ${counts[0].nodes} nodes, ${counts[0].rels} relationships.`,
    '',
    '| articles in graph | wall ms per article | transaction ms per article | rows/s (nodes + relationships) |',
    '|---|---|---|---|',
    ...rows,
    '',
  );
}

// The commit measured is the one checked out when the run starts (commits made during a long
// run must not be credited with its numbers).
const commit = gitCommit();
const t0 = Date.now();
try {
  if (want('services')) await services();
  if (want('corenlp')) await corenlp();
  if (want('writes')) await writes();
  if (want('queries')) {
    const { queries } = await import('./bench/queries.ts');
    sections.push(...(await queries({ benchHome, log })));
  }
} finally {
  fs.rmSync(benchHome, { recursive: true, force: true });
}

const cmd = `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`;
const header = `Measured ${new Date().toISOString().slice(0, 10)} at commit ${commit} with \`${cmd}\` on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, in ${((Date.now() - t0) / 1000).toFixed(0)} s.`;
const table = [header, '', ...sections].join('\n');
console.log(`\n${table}`);
const doc = path.join(projectRoot, 'docs', 'performance.md');
const key = only.replace(/[^a-z,]/g, '');
writeDocBlock(doc, `bench:${key}`, table, '# Performance');
log(`updated ${doc}`);
