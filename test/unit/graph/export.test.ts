// The serialisers on a small hand-made graph: valid against the GraphML and GEXF schemas,
// every attribute declared with its type, awkward text escaped and read back unchanged, and
// Cytoscape JSON whose edges point at nodes that exist.
import { describe, expect, it } from 'vitest';
import {
  checkDepth,
  checkFormat,
  EDGE_ATTRIBUTES,
  ExportInputError,
  graphmlId,
  NODE_ATTRIBUTES,
  serialise,
  toCytoscape,
  toGexf,
  toGraphML,
  type ExportGraph,
} from '../../../src/graph/export.ts';
import { cytoscapeProblems, parseGexf, parseGraphML, referenceProblems, xsdErrors } from './export-validation.ts';

const AWKWARD = `He said “<no> & 'never"\tagain”\nthen\u0007 left 🙂`;

const sample: ExportGraph = {
  nodes: [
    {
      id: 'article:abc',
      category: 'Article',
      label: '2025-06-10 article:abc',
      attributes: {
        category: 'Article',
        label: '2025-06-10 article:abc',
        labels: ['Article'],
        publishedAt: '2025-06-10',
        title: 'Talks & <hope>',
      },
    },
    {
      id: 'person:benjamin-netanyahu',
      category: 'Entity',
      label: 'Benjamin Netanyahu',
      attributes: {
        category: 'Entity',
        label: 'Benjamin Netanyahu',
        labels: ['Entity', 'Person'],
        name: 'Benjamin Netanyahu',
        type: 'Person',
        aliases: ['Netanyahu', 'Bibi'],
        mentionCount: 6,
        articleCount: 1,
      },
    },
    {
      id: 'statement:abc:10-40',
      category: 'Statement',
      label: `Netanyahu: ${AWKWARD}`,
      attributes: {
        category: 'Statement',
        label: 'Netanyahu: …',
        labels: ['Statement'],
        text: AWKWARD,
        kind: 'direct',
        start: 10,
        end: 40,
        confidence: 0.85,
      },
    },
    {
      id: 'event:abc:5-9',
      category: 'Event',
      label: 'ArrestWarrant: arrest warrants',
      attributes: {
        category: 'Event',
        label: 'ArrestWarrant: arrest warrants',
        type: 'ArrestWarrant',
        trigger: 'arrest warrants',
        charges: ['war crimes'],
        counts: [3],
      },
    },
    {
      id: 'place:tel aviv/jaffa',
      category: 'Entity',
      label: 'Tel Aviv',
      attributes: { category: 'Entity', label: 'Tel Aviv', name: 'Tel Aviv', type: 'Place' },
    },
  ],
  edges: [
    {
      id: 'e0',
      type: 'MENTIONED_IN',
      source: 'person:benjamin-netanyahu',
      target: 'article:abc',
      attributes: { type: 'MENTIONED_IN', count: 6 },
    },
    {
      id: 'e1',
      type: 'SAID',
      source: 'person:benjamin-netanyahu',
      target: 'statement:abc:10-40',
      attributes: { type: 'SAID' },
    },
    {
      id: 'e2',
      type: 'PARTICIPANT',
      source: 'person:benjamin-netanyahu',
      target: 'event:abc:5-9',
      attributes: { type: 'PARTICIPANT', role: 'target' },
    },
    {
      id: 'e3',
      type: 'HOLDS_ROLE',
      source: 'person:benjamin-netanyahu',
      target: 'place:tel aviv/jaffa',
      attributes: { type: 'HOLDS_ROLE', title: 'Prime Minister', current: true, sourceArticle: 'article:abc' },
    },
    {
      id: 'e4',
      type: 'POSSIBLY_SAME_AS',
      source: 'place:tel aviv/jaffa',
      target: 'person:benjamin-netanyahu',
      attributes: { type: 'POSSIBLY_SAME_AS', score: 0.5 },
    },
  ],
};

describe('GraphML export', () => {
  const xml = toGraphML(sample);

  it('is valid against the GraphML 1.0 schema', async () => {
    expect(await xsdErrors(xml, 'graphml')).toEqual([]);
  });

  it('declares every attribute once, with its type', () => {
    const g = parseGraphML(xml);
    expect(Object.keys(g.keys.node)).toEqual(NODE_ATTRIBUTES.map((a) => a.key));
    expect(Object.keys(g.keys.edge)).toEqual(EDGE_ATTRIBUTES.map((a) => a.key));
    expect(g.keys.node).toMatchObject({ mentionCount: 'int', confidence: 'double', name: 'string', aliases: 'string' });
    expect(g.keys.edge).toMatchObject({ current: 'boolean', count: 'int', score: 'double' });
  });

  it('reads back nodes, edges and values; text survives escaping (minus characters XML forbids)', () => {
    const g = parseGraphML(xml);
    expect(referenceProblems(g)).toEqual([]);
    expect(g.nodes).toHaveLength(5);
    expect(g.edges.map((e) => e.data.type)).toEqual([
      'MENTIONED_IN',
      'SAID',
      'PARTICIPANT',
      'HOLDS_ROLE',
      'POSSIBLY_SAME_AS',
    ]);
    const statement = g.nodes.find((n) => n.id === 'statement:abc:10-40')!;
    expect(statement.data.text).toBe(AWKWARD.replace('\u0007', ''));
    expect(JSON.parse(g.nodes.find((n) => n.id === 'person:benjamin-netanyahu')!.data.aliases)).toEqual([
      'Netanyahu',
      'Bibi',
    ]);
    expect(g.nodes.find((n) => n.id === 'article:abc')!.data.title).toBe('Talks & <hope>');
  });

  it('spells out ids that are not XML name tokens, consistently for nodes and edge ends', () => {
    expect(graphmlId('person:benjamin-netanyahu')).toBe('person:benjamin-netanyahu');
    const tel = graphmlId('place:tel aviv/jaffa');
    expect(tel).toMatch(/^[\w.:-]+$/);
    const g = parseGraphML(xml);
    expect(g.nodes.map((n) => n.id)).toContain(tel);
    expect(g.edges.find((e) => e.data.type === 'POSSIBLY_SAME_AS')!.source).toBe(tel);
  });

  it('the schema check is real: a broken document is refused', async () => {
    expect(await xsdErrors(xml.replace('edgedefault="directed"', 'edgedefault="sideways"'), 'graphml')).not.toEqual([]);
    expect(await xsdErrors(xml.replace('<key id="n.name"', '<key id="n.category"'), 'graphml')).not.toEqual([]);
  });
});

describe('GEXF 1.3 export', () => {
  const xml = toGexf(sample, { date: '2025-06-10' });

  it('is valid against the GEXF 1.3 schema', async () => {
    expect(await xsdErrors(xml, 'gexf')).toEqual([]);
  });

  it('declares typed attributes, and reads back labels, kinds and values', () => {
    const g = parseGexf(xml);
    expect(g.keys.node).toMatchObject({ mentionCount: 'integer', confidence: 'double', category: 'string' });
    expect(g.keys.node.label).toBeUndefined(); // GEXF nodes have a label of their own
    expect(g.keys.edge).toMatchObject({ current: 'boolean', score: 'double' });
    expect(referenceProblems(g)).toEqual([]);
    expect(g.nodes.find((n) => n.id === 'place:tel aviv/jaffa')!.data.label).toBe('Tel Aviv');
    expect(g.edges.map((e) => e.data.kind)).toEqual([
      'MENTIONED_IN',
      'SAID',
      'PARTICIPANT',
      'HOLDS_ROLE',
      'POSSIBLY_SAME_AS',
    ]);
    expect(g.nodes.find((n) => n.id === 'statement:abc:10-40')!.data.text).toBe(AWKWARD.replace('\u0007', ''));
  });

  it('the schema check is real: a broken document is refused', async () => {
    expect(await xsdErrors(xml.replace('version="1.3"', 'version="1.2"'), 'gexf')).not.toEqual([]);
    expect(await xsdErrors(xml.replace('type="integer"', 'type="number"'), 'gexf')).not.toEqual([]);
    expect(
      await xsdErrors(xml.replace(/<edges count="\d+">/, '<nodes>').replace('</edges>', '</nodes>'), 'gexf'),
    ).not.toEqual([]);
  });
});

describe('Cytoscape.js export', () => {
  it('has elements.nodes[].data.id and edges whose source and target are nodes', () => {
    const json = toCytoscape(sample);
    expect(cytoscapeProblems(json)).toEqual([]);
    expect(json.elements.nodes[1].data).toMatchObject({
      id: 'person:benjamin-netanyahu',
      label: 'Benjamin Netanyahu',
      aliases: ['Netanyahu', 'Bibi'],
    });
    expect(json.elements.edges[2].data).toMatchObject({
      source: 'person:benjamin-netanyahu',
      target: 'event:abc:5-9',
      type: 'PARTICIPANT',
      role: 'target',
    });
    expect(JSON.parse(serialise(sample, 'cytoscape'))).toEqual(json);
  });

  it('the shape check is real', () => {
    const json = toCytoscape(sample);
    json.elements.edges[0].data.target = 'nowhere';
    expect(cytoscapeProblems(json)).toEqual(['edge e0 ends at missing node nowhere']);
  });
});

describe('export options', () => {
  it('takes depths 1 to 3 only', () => {
    expect(checkDepth('2')).toBe(2);
    expect(checkDepth(3)).toBe(3);
    for (const bad of ['0', '4', '1.5', 'two', '', -1]) expect(() => checkDepth(bad)).toThrow(ExportInputError);
  });

  it('names the formats it knows', () => {
    expect(checkFormat('gexf')).toBe('gexf');
    expect(() => checkFormat('dot')).toThrow(/graphml, gexf, cytoscape/);
  });
});
