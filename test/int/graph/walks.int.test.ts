// Walks over a graph with hubs (an entity in every article, above the hub degree): the
// neighbourhood's edges are exactly the relationships among its nodes, whichever way they
// are found, with properties or only labels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityPool, generateArticle } from '../../../scripts/bench/generate.ts';
import { ArticleRepository } from '../../../src/graph/article.repository.ts';
import type { Graph } from '../../../src/graph/driver.ts';
import { WALK_TYPES } from '../../../src/graph/subgraph.ts';
import { WalkRepository } from '../../../src/graph/walk.repository.ts';
import { resetGraph, testGraph } from '../helpers.ts';

describe('walks over hubs', () => {
  let graph: Graph;
  let walks: WalkRepository;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    const repo = new ArticleRepository(graph);
    // A pool of 12: every entity is in most of the 150 articles, so many are hubs.
    const pool = entityPool(12);
    for (let i = 0; i < 150; i += 10) {
      await Promise.all(Array.from({ length: 10 }, (_, k) => repo.write(generateArticle(i + k, pool))));
    }
    walks = new WalkRepository(graph);
  });

  afterAll(async () => {
    await graph?.close();
  });

  it('has hubs of both kinds to walk through', async () => {
    const rows = await graph.run(
      `MATCH (n) WITH n, COUNT { (n)-[:${WALK_TYPES}]-() } AS degree WHERE degree > 50
       RETURN count(n) AS hubs, count(CASE WHEN n:Person THEN 1 END) AS people`,
    );
    expect(rows[0].hubs).toBeGreaterThan(3);
    expect(rows[0].people).toBeGreaterThan(1); // person hubs hold roles of country hubs
  });

  for (const [id, depth, limit] of [
    ['country:bench-5', 2, 300],
    ['person:bench-0', 1, 500],
    ['article:bench-17', 2, 120],
  ] as const) {
    for (const detail of ['full', 'labels'] as const) {
      it(`neighbourhood(${id}, ${depth}, ${limit}) has every edge among its nodes (${detail})`, async () => {
        const sub = (await walks.neighbourhood(id, depth, limit, detail))!;
        const ids = sub.nodes.map((n) => n.id);
        expect(ids.length).toBeGreaterThan(20);
        const naive = await graph.run(
          `MATCH (s)-[r:${WALK_TYPES}]->(t) WHERE s.id IN $ids AND t.id IN $ids RETURN collect(elementId(r)) AS e`,
          { ids },
        );
        expect(sub.edges.map((e) => e.id).sort()).toEqual([...(naive[0].e as string[])].sort());
        expect(sub.edges.some((e) => e.type === 'HOLDS_ROLE' || e.type === 'PART_OF')).toBe(true);
        // Labels are made either way; properties only come with 'full'.
        const statement = sub.nodes.find((n) => n.type === 'Statement');
        expect(statement?.label).toMatch(/^“.+”$/);
        const role = sub.edges.find((e) => e.type === 'HOLDS_ROLE');
        if (role) expect(role.label).not.toBe('holds role');
        if (detail === 'labels') expect(sub.nodes.every((n) => n.properties.mentionCount === undefined)).toBe(true);
        else expect(sub.nodes.some((n) => n.properties.mentionCount !== undefined)).toBe(true);
      });
    }
  }
});
