// The `newsgraph` command itself (bin/newsgraph.js in a child process) against the test
// services: extract over many files in input order, ingest from a feed URL, and entity
// curation (entities review | merge | split) with its refusals.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.ts';
import { ROOT, resetGraph, seedGraph, testGraph } from './helpers.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function newsgraph(...args: string[]): Promise<Run> {
  const env = {
    ...process.env,
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_USER: inject('neo4jUser'),
    NEO4J_PASSWORD: inject('neo4jPassword'),
    CORENLP_URL: inject('coreNlpUrls').join(','),
    // Nothing may be started or stopped outside the test services.
    NEWSGRAPH_HOME: path.join(os.tmpdir(), 'newsgraph-cli-test'),
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, 'bin', 'newsgraph.js'), ...args],
      { cwd: ROOT, env, maxBuffer: 1 << 26 },
      (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const SENTENCES = [
  'The foreign minister of Egypt said on Tuesday that talks with Qatari mediators would resume in Cairo.',
  'Prime Minister Keir Starmer told reporters in London that the government would publish its plan next week.',
  'The United Nations said aid convoys had reached the north of Gaza for the first time in a month.',
];

describe('newsgraph CLI', () => {
  let graph: Graph;
  let dir: string;

  beforeAll(async () => {
    graph = testGraph();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-cli-'));
  });

  afterAll(async () => {
    await graph?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('extract writes one JSON line per file, in input order, for a folder of 120 articles', async () => {
    const folder = path.join(dir, 'many');
    fs.mkdirSync(folder);
    const names: string[] = [];
    for (let i = 0; i < 120; i++) {
      const name = `a${String(i).padStart(3, '0')}`;
      names.push(name);
      fs.writeFileSync(path.join(folder, `${name}.txt`), SENTENCES[i % SENTENCES.length]);
    }
    // One refused input in the middle keeps its place in the output ("a060-empty" sorts
    // before "a060": '-' < '.').
    fs.writeFileSync(path.join(folder, 'a060-empty.txt'), '   ');
    names.splice(60, 0, 'a060-empty');
    const run = await newsgraph('extract', '--format', 'jsonl', folder);
    expect(run.code, run.stderr).toBe(1); // the empty file is refused
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { doc: string; error?: string; entities: { name: string }[] });
    expect(lines.map((l) => l.doc)).toEqual(names);
    expect(lines[60].error).toMatch(/empty/);
    expect(lines.filter((l) => l.error)).toHaveLength(1);
    // Each line holds its own article's entities, not a neighbour's.
    const marker = ['Egypt', 'Keir Starmer', 'United Nations'];
    for (const line of lines.filter((l) => !l.error)) {
      const i = Number(line.doc.slice(1));
      expect(
        line.entities.map((e) => e.name),
        line.doc,
      ).toContain(marker[i % 3]);
    }
  });

  it('ingest reads a feed from a URL, and names a URL that fails', async () => {
    await resetGraph(graph);
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
      <item><title>Talks</title><link>https://example.org/talks</link><pubDate>Tue, 10 Jun 2025 08:00:00 GMT</pubDate>
        <description>${SENTENCES[0]}</description></item>
      <item><title>Plan</title><link>https://example.org/plan</link><pubDate>Tue, 10 Jun 2025 09:00:00 GMT</pubDate>
        <description>${SENTENCES[1]}</description></item>
    </channel></rss>`;
    const server = http.createServer((req, res) => {
      if (req.url === '/wire.rss') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(feed);
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const ok = await newsgraph('ingest', `${base}/wire.rss`);
      expect(ok.code, ok.stderr).toBe(0);
      expect(ok.stderr).toMatch(/2 ingested, 0 unchanged, 0 refused/);
      const rows = await graph.run('MATCH (a:Article) RETURN a.url AS url ORDER BY url');
      expect(rows.map((r) => r.url)).toEqual(['https://example.org/plan', 'https://example.org/talks']);
      const again = await newsgraph('ingest', `${base}/wire.rss`, `${base}/missing.rss`);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/0 ingested, 2 unchanged, 1 refused/);
      expect(again.stderr).toContain(`refused: ${base}/missing.rss: answered HTTP 404`);
      // Progress counts the feed's items, not its one URL.
      expect(again.stderr).toContain('[3/3]');
      expect(again.stderr).not.toContain('[3/2]');
    } finally {
      server.close();
    }
  });

  it('entities review, merge and split curate the graph and refuse bad ids', async () => {
    await seedGraph(graph);
    const review = await newsgraph('entities', 'review');
    expect(review.code, review.stderr).toBe(0);
    expect(review.stdout).toMatch(/^\d+ pair\(s\) waiting for review/);

    const missing = await newsgraph('entities', 'merge', 'group:israeli-opposition', 'person:nobody');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No entity with id "person:nobody"');

    const merge = await newsgraph('entities', 'merge', 'group:israeli-opposition', 'group:families-of-the-hostages');
    expect(merge.code, merge.stderr).toBe(0);
    expect(merge.stdout).toMatch(
      /merged group:families-of-the-hostages into group:israeli-opposition: \d+ relationships moved/,
    );
    const left = await graph.run("MATCH (e:Entity {id: 'group:families-of-the-hostages'}) RETURN count(e) AS n");
    expect(left[0].n).toBe(0);
    const kept = await graph.run("MATCH (e:Entity {id: 'group:israeli-opposition'}) RETURN e.aliases AS aliases");
    expect(kept[0].aliases).toContain('families of the hostages');

    const split = await newsgraph('entities', 'split', 'group:israeli-opposition', 'families of the hostages');
    expect(split.code, split.stderr).toBe(0);
    expect(split.stdout).toMatch(/into group:families-of-the-hostages: [1-9]\d* mentions/);
    const back = await graph.run(
      "MATCH (e:Entity {id: 'group:families-of-the-hostages'})-[m:MENTIONED_IN]->(:Article) RETURN e.name AS name, m.count AS n",
    );
    expect(back[0]).toMatchObject({ name: 'families of the hostages' });

    const notAlias = await newsgraph('entities', 'split', 'group:israeli-opposition', 'Hamas');
    expect(notAlias.code).toBe(1);
    expect(notAlias.stderr).toContain('"Hamas" is not an alias of "group:israeli-opposition"');
  });
});
