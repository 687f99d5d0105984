// Relation fields batch through per-request loaders: a nested request costs one Cypher
// round trip per level, however many parents each level has.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/driver.ts';
import { NestedEventsDocument, NestedSaidDocument } from '../../generated/graphql.ts';
import { seedGraph, testGraph } from '../helpers.ts';
import { apiServer, type ApiTestServer } from './client.ts';

describe('no N+1: queries per request do not grow with the number of parents', () => {
  let graph: Graph;
  let server: ApiTestServer;

  beforeAll(async () => {
    graph = testGraph();
    await seedGraph(graph);
    server = await apiServer(graph);
  });

  afterEach(() => {
    graph.onQuery = undefined;
  });

  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  /** Runs `send` and returns its result with the Cypher queries it cost. */
  async function counted<T>(send: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
    const queries: string[] = [];
    graph.onQuery = (q) => queries.push(q);
    const result = await send();
    graph.onQuery = undefined;
    return { result, queries };
  }

  it('entities → said → speaker, about, evidence.article: 3 queries for 1 parent and for 20', async () => {
    const one = await counted(() => server.ok(NestedSaidDocument, { first: 1 }));
    const many = await counted(() => server.ok(NestedSaidDocument, { first: 20 }));
    const parents = many.result.entities.edges;
    const statements = parents.flatMap((p) => p.node.said.edges);
    expect(parents.length).toBeGreaterThanOrEqual(15);
    expect(statements.length).toBeGreaterThanOrEqual(10);
    // Every level answered: speakers are the parents, evidence points at the article.
    for (const p of parents) for (const s of p.node.said.edges) expect(s.node.speaker?.id).toBe(p.node.id);
    expect(statements.every((s) => s.node.evidence.article?.id)).toBe(true);
    // entities (1) + said, speaker and about embedded (1) + evidence.article (1).
    expect(one.queries).toHaveLength(3);
    expect(many.queries).toHaveLength(3);
    console.info(
      `NestedSaid: ${one.queries.length} queries for 1 entity, ${many.queries.length} for ${parents.length} entities and ${statements.length} statements`,
    );
  });

  it('entities → events → participants → entity → said (+ roles, coMentions, article): 6 queries for 1 parent and for 20', async () => {
    const one = await counted(() => server.ok(NestedEventsDocument, { first: 1 }));
    const many = await counted(() => server.ok(NestedEventsDocument, { first: 20 }));
    const parents = many.result.entities.edges;
    const events = parents.flatMap((p) => p.node.events.edges);
    const participants = events.flatMap((e) => e.node.participants);
    expect(events.length).toBeGreaterThanOrEqual(10);
    expect(participants.length).toBeGreaterThan(events.length);
    expect(participants.some((p) => p.entity.said.totalCount > 0)).toBe(true);
    // entities; then events, roles and coMentions of the parents; the events' articles and
    // what the participants said.
    expect(one.queries).toHaveLength(6);
    expect(many.queries).toHaveLength(6);
    console.info(
      `NestedEvents: ${one.queries.length} queries for 1 entity, ${many.queries.length} for ${parents.length} entities, ${events.length} events, ${participants.length} participants`,
    );
  });

  it('a root field is one round trip', async () => {
    const { queries } = await counted(() =>
      server.query('{ stats { articles entities } statements(first: 5) { totalCount } }'),
    );
    expect(queries).toHaveLength(2);
  });
});
