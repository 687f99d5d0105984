// Identity across articles by family name: a later article that names a person by the word
// news calls them ("Yoon", "Netanyahu") joins the person an earlier article named in full,
// including where the family name comes first ("Yoon Suk Yeol").
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/driver.ts';
import { ROOT, resetGraph, testGraph } from '../helpers.ts';
import { GRAPH_FIXTURES, ingestInOrder, recordedExtractor } from './graph-helpers.ts';

const IMPEACHMENT = path.join(ROOT, 'test', 'fixtures', 'extraction', 'korea-impeachment.txt');
/** A week later: "Yoon" alone, never his full name. */
const YOON_LEAVES = path.join(GRAPH_FIXTURES, '2025-04-11-yoon-leaves-residence.txt');

describe('identity across articles by family name', () => {
  let graph: Graph;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
  });

  afterAll(async () => {
    await graph?.close();
  });

  // Failed before extractor 0.4.43, which stored the surname "yeol" (the last word).
  it('joins a later "Yoon" to Yoon Suk Yeol, whose family name comes first', async () => {
    await ingestInOrder(graph, [IMPEACHMENT, YOON_LEAVES], recordedExtractor());
    const [yoon] = await graph.run(
      `MATCH (p:Person {id: 'person:yoon-suk-yeol'})
       RETURN p.surname AS surname, p.articleCount AS articles,
              [(p)-[:SAID]->(s:Statement) | s.id] AS said`,
    );
    expect(yoon).toMatchObject({ surname: 'yoon', articles: 2 });
    expect((yoon.said as string[]).length).toBeGreaterThanOrEqual(2);
    expect(await graph.run("MATCH (p:Person {id: 'person:yoon'}) RETURN p")).toEqual([]);
  });
});
