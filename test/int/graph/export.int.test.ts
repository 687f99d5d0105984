// Exports of a real graph (the seed and two more recorded articles, through the real ingest
// and write path): GraphML and GEXF valid against their schemas, Cytoscape JSON well formed,
// all three carrying the same nodes and edges as the database, one query per export.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/driver.ts';
import {
  ExportInputError,
  exportGraph,
  loadExportGraph,
  toCytoscape,
  type CytoscapeJson,
  type ExportGraph,
} from '../../../src/graph/export.ts';
import {
  cytoscapeProblems,
  parseGexf,
  parseGraphML,
  referenceProblems,
  xsdErrors,
} from '../../unit/graph/export-validation.ts';
import { resetGraph, ROOT, SEED, testGraph } from '../helpers.ts';
import { ingestInOrder, recordedExtractor } from './graph-helpers.ts';

const RECORDED = [
  SEED,
  path.join(ROOT, 'test/fixtures/extraction/ceasefire-brief.txt'),
  path.join(ROOT, 'test/fixtures/extraction/court-rulings.txt'),
];

describe('export', () => {
  let graph: Graph;
  let whole: ExportGraph;
  let stored: { nodes: number; rels: number };

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    await ingestInOrder(graph, RECORDED, recordedExtractor());
    const [row] = await graph.run(
      `CALL () { MATCH (n) WHERE n:Entity OR n:Statement OR n:Event OR n:Article RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
       RETURN nodes, rels`,
    );
    stored = row as typeof stored;
    whole = await loadExportGraph(graph);
  });

  afterAll(async () => {
    await graph?.close();
  });

  it('reads the whole graph in one query', async () => {
    const queries: string[] = [];
    graph.onQuery = (q) => queries.push(q);
    try {
      await exportGraph(graph, 'graphml');
    } finally {
      graph.onQuery = undefined;
    }
    expect(queries).toHaveLength(1);
    expect(whole.nodes).toHaveLength(stored.nodes);
    expect(whole.edges).toHaveLength(stored.rels);
    expect(new Set(whole.nodes.map((n) => n.category))).toEqual(new Set(['Entity', 'Statement', 'Event', 'Article']));
  });

  it('GraphML is valid against its schema and carries every node and edge with its type', async () => {
    const xml = await exportGraph(graph, 'graphml');
    expect(await xsdErrors(xml, 'graphml')).toEqual([]);
    const g = parseGraphML(xml);
    expect(referenceProblems(g)).toEqual([]);
    expect(g.nodes).toHaveLength(stored.nodes);
    expect(g.edges).toHaveLength(stored.rels);
    const netanyahu = g.nodes.find((n) => n.id === 'person:benjamin-netanyahu')!;
    expect(netanyahu.data).toMatchObject({ category: 'Entity', type: 'Person', name: 'Benjamin Netanyahu' });
    const warrant = g.nodes.find((n) => n.data.type === 'ArrestWarrant')!;
    expect(JSON.parse(warrant.data.charges)).toEqual(expect.arrayContaining(['war crimes']));
    expect(
      g.edges.find((e) => e.source === 'court:international-criminal-court' && e.target === warrant.id)!.data,
    ).toMatchObject({
      type: 'PARTICIPANT',
      role: 'court',
    });
    expect([...new Set(g.edges.map((e) => e.data.type))]).toEqual(
      expect.arrayContaining(['MENTIONED_IN', 'SAID', 'IN', 'ABOUT', 'PARTICIPANT', 'HOLDS_ROLE', 'PART_OF']),
    );
  });

  it('GEXF 1.3 is valid against its schema and carries the same graph', async () => {
    const xml = await exportGraph(graph, 'gexf');
    expect(await xsdErrors(xml, 'gexf')).toEqual([]);
    const g = parseGexf(xml);
    expect(referenceProblems(g)).toEqual([]);
    expect(g.nodes.map((n) => n.id)).toEqual(whole.nodes.map((n) => n.id));
    expect(g.edges.map((e) => `${e.source} ${e.data.kind} ${e.target}`)).toEqual(
      whole.edges.map((e) => `${e.source} ${e.type} ${e.target}`),
    );
    expect(g.nodes.find((n) => n.id === 'court:international-criminal-court')!.data.label).toBe(
      'International Criminal Court',
    );
  });

  it('Cytoscape JSON has data.id on every node and edges between existing nodes', async () => {
    const json = JSON.parse(await exportGraph(graph, 'cytoscape')) as CytoscapeJson;
    expect(cytoscapeProblems(json)).toEqual([]);
    expect(json.elements.nodes).toHaveLength(stored.nodes);
    expect(json.elements.edges).toHaveLength(stored.rels);
    expect(json.elements.nodes.find((n) => n.data.id === 'person:benjamin-netanyahu')!.data.aliases).toContain(
      'Netanyahu',
    );
  });

  it('exports a neighbourhood: depth 1 is the node and its direct neighbours, depth 2 reaches further', async () => {
    const one = await loadExportGraph(graph, { around: 'person:yoav-gallant', depth: 1 });
    const ids = new Set(one.nodes.map((n) => n.id));
    expect(ids.has('person:yoav-gallant')).toBe(true);
    const [direct] = await graph.run(
      `MATCH (g:Entity {id: 'person:yoav-gallant'})--(n) RETURN count(DISTINCT n) + 1 AS n`,
    );
    expect(one.nodes).toHaveLength(direct.n as number);
    expect(one.nodes.some((n) => n.category === 'Event' && n.attributes.type === 'ArrestWarrant')).toBe(true);
    expect(referenceProblems(one)).toEqual([]);
    expect(cytoscapeProblems(toCytoscape(one))).toEqual([]);
    // Edges among the chosen nodes only, all of them.
    for (const e of one.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const two = await loadExportGraph(graph, { around: 'person:yoav-gallant', depth: 2 });
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(two.nodes.map((n) => n.id)).toContain('court:international-criminal-court');
    expect(
      await xsdErrors(await exportGraph(graph, 'gexf', { around: 'person:yoav-gallant', depth: 2 }), 'gexf'),
    ).toEqual([]);
  });

  it('exports around a statement, an event or an article too', async () => {
    const [row] = await graph.run('MATCH (s:Statement)-[:IN]->(a:Article) RETURN s.id AS s, a.id AS a LIMIT 1');
    const aroundStatement = await loadExportGraph(graph, { around: row.s as string, depth: 1 });
    expect(aroundStatement.nodes.map((n) => n.id)).toContain(row.a);
    const aroundArticle = await loadExportGraph(graph, { around: row.a as string, depth: 1 });
    expect(aroundArticle.nodes.map((n) => n.id)).toContain(row.s);
  });

  it('says so when the node to export around does not exist, or the depth is out of range', async () => {
    await expect(loadExportGraph(graph, { around: 'person:nobody', depth: 1 })).rejects.toThrow(ExportInputError);
    await expect(loadExportGraph(graph, { around: 'person:yoav-gallant', depth: 4 })).rejects.toThrow(/1 to 3/);
  });
});
