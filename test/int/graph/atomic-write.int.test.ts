// "A write that fails midway leaves nothing half-written": an article write is one
// transaction, so when a later statement of it fails (a value Neo4j refuses) or the
// connection dies in the middle, the article is either absent, exactly as stored before, or
// (when the driver retries the whole transaction) wholly the new version.
import net from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { ArticleRepository } from '../../../src/graph/article.repository.ts';
import type { Graph } from '../../../src/graph/driver.ts';
import { GraphQueryError, GraphUnavailableError } from '../../../src/graph/errors.ts';
import type { ArticleRecord } from '../../../src/graph/records.ts';
import { ROOT, resetGraph, testGraph } from '../helpers.ts';
import { recordedRecord, snapshot } from './graph-helpers.ts';

/**
 * A Graph whose Bolt connections are reset (as by a network failure) just before the
 * statements of an article write are sent, `times` times: by then the article node and its
 * entities were already written inside the open transaction. The test's own connections
 * (open before this one) are left alone.
 */
function dyingGraph(times: number) {
  const port = Number(new URL(inject('neo4jUri')).port || 7687);
  const sockets = () =>
    (process as unknown as { _getActiveHandles(): unknown[] })
      ._getActiveHandles()
      .filter((h): h is net.Socket => h instanceof net.Socket && h.remotePort === port);
  const others = new Set(sockets());
  const graph = testGraph();
  let kills = 0;
  graph.onQuery = (query) => {
    if (!query.includes('MERGE (s:Statement') || kills >= times) return;
    kills++;
    for (const s of sockets()) {
      if (!others.has(s)) s.destroy(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
    }
  };
  return { graph, kills: () => kills };
}

/** A value Neo4j cannot store as a property: a map nested in a map. */
const NESTED_MAP = { not: { storable: true } } as unknown as string;

describe('a failed article write changes nothing', () => {
  let graph: Graph;
  let repo: ArticleRepository;
  let seed: ArticleRecord;
  let brief: ArticleRecord;

  beforeAll(async () => {
    graph = testGraph();
    repo = new ArticleRepository(graph);
    seed = await recordedRecord();
    brief = await recordedRecord(`${ROOT}/test/fixtures/extraction/ceasefire-brief.txt`);
  });

  beforeEach(async () => {
    await resetGraph(graph);
    await repo.write(seed);
  });

  afterAll(async () => {
    await graph?.close();
  });

  it('a re-write whose last statement is refused leaves the stored version as it was', async () => {
    const before = await snapshot(graph);
    const last = seed.statements.at(-1)!;
    const broken: ArticleRecord = {
      ...seed,
      title: 'A new title that must not be stored',
      statements: [...seed.statements.slice(0, -1), { ...last, date: NESTED_MAP }],
    };
    await expect(repo.write(broken)).rejects.toBeInstanceOf(GraphQueryError);
    expect(await snapshot(graph)).toEqual(before);
  });

  it('a re-write whose events are refused after its statements were written leaves it as it was', async () => {
    const before = await snapshot(graph);
    const broken: ArticleRecord = {
      ...seed,
      statements: seed.statements.slice(0, 3),
      events: seed.events.map((e, i) => (i === seed.events.length - 1 ? { ...e, charges: [NESTED_MAP] } : e)),
    };
    await expect(repo.write(broken)).rejects.toBeInstanceOf(GraphQueryError);
    expect(await snapshot(graph)).toEqual(before);
  });

  it('a new article whose write fails is absent, with none of its entities', async () => {
    const before = await snapshot(graph);
    const broken: ArticleRecord = { ...brief, events: brief.events.map((e) => ({ ...e, charges: [NESTED_MAP] })) };
    expect(broken.events.length).toBeGreaterThan(0);
    await expect(repo.write(broken)).rejects.toBeInstanceOf(GraphQueryError);
    expect(await graph.run('MATCH (a:Article {id: $id}) RETURN a', { id: brief.id })).toEqual([]);
    expect(await graph.run("MATCH (p:Person {id: 'person:joe-biden'}) RETURN p")).toEqual([]);
    expect(await snapshot(graph)).toEqual(before);
    // And the same article, intact, then writes normally.
    await repo.write(brief);
    expect(
      await graph.run('MATCH (a:Article {id: $id})<-[:IN]-(s:Statement) RETURN count(s) AS n', { id: brief.id }),
    ).toEqual([{ n: brief.statements.length }]);
  });

  it('a connection that dies in the middle of a write is retried from the start: the new version whole', async () => {
    const rewrite: ArticleRecord = { ...seed, title: 'Rewritten title', statements: seed.statements.slice(0, 2) };
    const doomed = dyingGraph(1);
    await new ArticleRepository(doomed.graph).write(rewrite);
    await doomed.graph.close();
    expect(doomed.kills()).toBe(1);
    const afterRetry = await snapshot(graph, ['ingestedAt']);
    // The same write without trouble gives the same graph: nothing of the broken attempt is left.
    await repo.write(rewrite);
    expect(await snapshot(graph, ['ingestedAt'])).toEqual(afterRetry);
    expect(
      await graph.run('MATCH (a:Article {id: $id}) RETURN a.title AS title, COUNT { (a)<-[:IN]-(:Statement) } AS n', {
        id: seed.id,
      }),
    ).toEqual([{ title: 'Rewritten title', n: 2 }]);
  });

  it('a connection that dies on every attempt fails the write and leaves the stored version as it was', async () => {
    const before = await snapshot(graph);
    const doomed = dyingGraph(Infinity);
    const rewrite: ArticleRecord = { ...seed, title: 'Half-written title', statements: seed.statements.slice(0, 2) };
    await expect(new ArticleRepository(doomed.graph).write(rewrite)).rejects.toBeInstanceOf(GraphUnavailableError);
    await doomed.graph.close();
    expect(doomed.kills()).toBeGreaterThan(1);
    expect(await snapshot(graph)).toEqual(before);
  });

  it('a write whose transaction is aborted by the application leaves the stored version as it was', async () => {
    const before = await snapshot(graph);
    const aborting = testGraph();
    aborting.onQuery = (query) => {
      if (query.includes('MERGE (ev:Event')) throw new Error('process stopped before the events were written');
    };
    await expect(new ArticleRepository(aborting).write({ ...seed, title: 'Never stored' })).rejects.toThrow(
      /process stopped/,
    );
    expect(await snapshot(graph)).toEqual(before);
    await aborting.close();
  });
});
