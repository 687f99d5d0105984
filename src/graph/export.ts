// The graph for tools that do not speak GraphQL: GraphML (yEd, Cytoscape desktop, NetworkX),
// GEXF 1.3 (Gephi) and Cytoscape.js JSON. The whole graph or the neighbourhood of one node,
// read in one query; every attribute is declared once with its type (docs/graph-model.md).
import type { Graph } from './driver.ts';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'cytoscape'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Neighbourhoods reach at most this many hops: past it, hubs (articles) pull in everything. */
export const MAX_EXPORT_DEPTH = 3;

export type NodeCategory = 'Entity' | 'Statement' | 'Event' | 'Article';
export type AttributeType = 'string' | 'int' | 'double' | 'boolean' | 'stringList' | 'numberList';

export interface AttributeSpec {
  key: string;
  type: AttributeType;
}

/**
 * Node attributes, in output order. `label` is the display label (GEXF's own node label);
 * an event's trigger words (its stored `label` property) travel as `trigger`. Lists travel as
 * JSON text in GraphML and GEXF, as arrays in Cytoscape JSON.
 */
export const NODE_ATTRIBUTES: readonly AttributeSpec[] = [
  { key: 'category', type: 'string' },
  { key: 'label', type: 'string' },
  { key: 'labels', type: 'stringList' },
  { key: 'name', type: 'string' },
  { key: 'type', type: 'string' },
  { key: 'aliases', type: 'stringList' },
  { key: 'titles', type: 'stringList' },
  { key: 'mentionCount', type: 'int' },
  { key: 'articleCount', type: 'int' },
  { key: 'text', type: 'string' },
  { key: 'kind', type: 'string' },
  { key: 'cue', type: 'string' },
  { key: 'speakerText', type: 'string' },
  { key: 'trigger', type: 'string' },
  { key: 'date', type: 'string' },
  { key: 'datePrecision', type: 'string' },
  { key: 'charges', type: 'stringList' },
  { key: 'counts', type: 'numberList' },
  { key: 'countUnits', type: 'stringList' },
  { key: 'start', type: 'int' },
  { key: 'end', type: 'int' },
  { key: 'sentence', type: 'int' },
  { key: 'confidence', type: 'double' },
  { key: 'articleId', type: 'string' },
  { key: 'title', type: 'string' },
  { key: 'url', type: 'string' },
  { key: 'source', type: 'string' },
  { key: 'publishedAt', type: 'string' },
  { key: 'ingestedAt', type: 'string' },
  { key: 'extractor', type: 'string' },
];

export const EDGE_ATTRIBUTES: readonly AttributeSpec[] = [
  { key: 'type', type: 'string' },
  { key: 'count', type: 'int' },
  { key: 'role', type: 'string' },
  { key: 'title', type: 'string' },
  { key: 'current', type: 'boolean' },
  { key: 'since', type: 'string' },
  { key: 'sourceArticle', type: 'string' },
  { key: 'score', type: 'double' },
];

/** Relationship types exported: the allow-list the query text is built from. */
export const EXPORT_RELATIONSHIPS = [
  'MENTIONED_IN',
  'SAID',
  'IN',
  'ABOUT',
  'ACCORDING_TO',
  'PARTICIPANT',
  'HOLDS_ROLE',
  'POSSIBLY_SAME_AS',
  'PART_OF',
] as const;

export interface ExportNode {
  id: string;
  category: NodeCategory;
  /** Display label: a name, a title, "Type: trigger" or the start of a statement. */
  label: string;
  attributes: Record<string, unknown>;
}

export interface ExportEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  attributes: Record<string, unknown>;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export interface ExportScope {
  /** Id of the node (entity, statement, event or article) to export around; whole graph when absent. */
  around?: string;
  /** Hops from `around`, 1 to MAX_EXPORT_DEPTH (default 1). */
  depth?: number;
}

export class ExportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportInputError';
  }
}

const IS_EXPORTED = 'n:Entity OR n:Statement OR n:Event OR n:Article';
const RELS = EXPORT_RELATIONSHIPS.join('|');
const NODE_PROJECTION = `{
  .id, .name, .type, .aliases, .titles, .mentionCount, .articleCount, .kind, .cue, .speakerText,
  .label, .date, .datePrecision, .charges, .counts, .countUnits, .start, .end, .sentence,
  .confidence, .articleId, .title, .url, .source, .publishedAt, .ingestedAt, .extractor,
  labels: labels(n), text: CASE WHEN n:Statement THEN n.text END }`;
const EDGE_PROJECTION = `{ type: type(r), source: a.id, target: b.id, count: r.count, role: r.role, title: r.title,
  current: r.current, since: r.since, sourceArticle: r.source, score: r.score }`;

const WHOLE_GRAPH = `
CALL () {
  MATCH (n) WHERE ${IS_EXPORTED}
  RETURN collect(n ${NODE_PROJECTION}) AS nodes
}
CALL () {
  MATCH (a)-[r:${RELS}]->(b)
  WHERE (a:Entity OR a:Statement OR a:Event OR a:Article) AND (b:Entity OR b:Statement OR b:Event OR b:Article)
  RETURN collect(${EDGE_PROJECTION}) AS edges
}
RETURN nodes, edges`;

/** Hop bounds cannot be parameters in Cypher: they come from this table, keyed by a checked integer. */
const HOPS: Record<number, string> = { 1: '*1..1', 2: '*1..2', 3: '*1..3' };

const neighbourhood = (depth: number) => `
CALL () {
  MATCH (c:Entity {id: $id}) RETURN c
  UNION MATCH (c:Statement {id: $id}) RETURN c
  UNION MATCH (c:Event {id: $id}) RETURN c
  UNION MATCH (c:Article {id: $id}) RETURN c
}
CALL (c) {
  MATCH (c)-[:${RELS}${HOPS[depth]}]-(n) WHERE ${IS_EXPORTED}
  RETURN collect(DISTINCT n) AS near
}
WITH [c] + [n IN near WHERE n <> c] AS ns
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r:${RELS}]->(b)
  WHERE b IN ns
  RETURN collect(${EDGE_PROJECTION}) AS edges
}
RETURN [n IN ns | n ${NODE_PROJECTION}] AS nodes, edges`;

export function checkDepth(depth: unknown): number {
  const n = typeof depth === 'string' && depth.trim() !== '' ? Number(depth) : depth;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_EXPORT_DEPTH) {
    throw new ExportInputError(`Depth must be a whole number from 1 to ${MAX_EXPORT_DEPTH}, got "${String(depth)}"`);
  }
  return n;
}

export function checkFormat(format: unknown): ExportFormat {
  if (!(EXPORT_FORMATS as readonly unknown[]).includes(format)) {
    throw new ExportInputError(`Unknown export format "${String(format)}": use ${EXPORT_FORMATS.join(', ')}`);
  }
  return format as ExportFormat;
}

/** Reads the whole graph or one neighbourhood in a single query. */
export async function loadExportGraph(graph: Graph, scope: ExportScope = {}): Promise<ExportGraph> {
  const rows = await graph.read((tx) =>
    scope.around === undefined
      ? tx.run(WHOLE_GRAPH)
      : tx.run(neighbourhood(checkDepth(scope.depth ?? 1)), { id: scope.around }),
  );
  if (!rows.length) {
    throw new ExportInputError(
      `No entity, statement, event or article has the id "${scope.around}": nothing to export`,
    );
  }
  return toExportGraph(rows[0].nodes as Record<string, unknown>[], rows[0].edges as Record<string, unknown>[]);
}

const CATEGORIES: NodeCategory[] = ['Entity', 'Statement', 'Event', 'Article'];

function toExportGraph(rawNodes: Record<string, unknown>[], rawEdges: Record<string, unknown>[]): ExportGraph {
  const nodes = rawNodes
    .map((n): ExportNode => {
      const labels = (n.labels as string[]) ?? [];
      const category = CATEGORIES.find((c) => labels.includes(c)) ?? 'Entity';
      const label = displayLabel(category, n);
      const values: Record<string, unknown> = { ...n, category, label, trigger: n.label };
      const attributes: Record<string, unknown> = {};
      for (const spec of NODE_ATTRIBUTES) {
        if (values[spec.key] !== null && values[spec.key] !== undefined) attributes[spec.key] = values[spec.key];
      }
      return { id: String(n.id), category, label, attributes };
    })
    .sort((a, b) => compare(a.id, b.id));
  const edges = rawEdges
    .map((e) => ({
      e,
      key: `${e.source}\u0000${e.type}\u0000${e.target}\u0000${e.role ?? ''}\u0000${e.title ?? ''}\u0000${e.sourceArticle ?? ''}`,
    }))
    .sort((a, b) => compare(a.key, b.key))
    .map(({ e }, i): ExportEdge => {
      const attributes: Record<string, unknown> = {};
      for (const spec of EDGE_ATTRIBUTES)
        if (e[spec.key] !== null && e[spec.key] !== undefined) attributes[spec.key] = e[spec.key];
      return { id: `e${i}`, type: String(e.type), source: String(e.source), target: String(e.target), attributes };
    });
  return { nodes, edges };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function displayLabel(category: NodeCategory, n: Record<string, unknown>): string {
  const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  switch (category) {
    case 'Entity':
      return s(n.name) || s(n.id);
    case 'Article':
      return s(n.title) || s(n.url) || `${s(n.publishedAt)} ${s(n.id)}`.trim();
    case 'Event':
      return `${s(n.type)}: ${s(n.label)}`;
    case 'Statement': {
      const text = s(n.text);
      const who = s(n.speakerText);
      const short = text.length > 80 ? `${text.slice(0, 79)}…` : text;
      return who ? `${who}: ${short}` : short;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Serialisers: pure functions of an ExportGraph.

/** XML 1.0 allows only these characters; anything else (control characters, lone surrogates) is dropped. */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlEscape(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** GraphML ids are NMTOKENs; ours are (type:slug, article:hash…), anything else is spelled out. */
export function graphmlId(id: string): string {
  return id.replace(/[^\p{L}\p{N}._:-]/gu, (c) => `_u${c.codePointAt(0)!.toString(16).padStart(4, '0')}_`);
}

function textOf(spec: AttributeSpec, value: unknown): string {
  if (spec.type === 'stringList' || spec.type === 'numberList') return JSON.stringify(value);
  if (spec.type === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

const GRAPHML_TYPES: Record<AttributeType, string> = {
  string: 'string',
  int: 'int',
  double: 'double',
  boolean: 'boolean',
  stringList: 'string',
  numberList: 'string',
};

export function toGraphML(g: ExportGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const spec of NODE_ATTRIBUTES) {
    out.push(`  <key id="n.${spec.key}" for="node" attr.name="${spec.key}" attr.type="${GRAPHML_TYPES[spec.type]}"/>`);
  }
  for (const spec of EDGE_ATTRIBUTES) {
    out.push(`  <key id="e.${spec.key}" for="edge" attr.name="${spec.key}" attr.type="${GRAPHML_TYPES[spec.type]}"/>`);
  }
  out.push('  <graph id="newsgraph" edgedefault="directed">');
  for (const n of g.nodes) {
    out.push(`    <node id="${xmlEscape(graphmlId(n.id))}">`);
    for (const spec of NODE_ATTRIBUTES) {
      const v = n.attributes[spec.key];
      if (v !== undefined) out.push(`      <data key="n.${spec.key}">${xmlEscape(textOf(spec, v))}</data>`);
    }
    out.push('    </node>');
  }
  for (const e of g.edges) {
    out.push(
      `    <edge id="${e.id}" source="${xmlEscape(graphmlId(e.source))}" target="${xmlEscape(graphmlId(e.target))}">`,
    );
    for (const spec of EDGE_ATTRIBUTES) {
      const v = e.attributes[spec.key];
      if (v !== undefined) out.push(`      <data key="e.${spec.key}">${xmlEscape(textOf(spec, v))}</data>`);
    }
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

const GEXF_TYPES: Record<AttributeType, string> = {
  string: 'string',
  int: 'integer',
  double: 'double',
  boolean: 'boolean',
  stringList: 'string',
  numberList: 'string',
};

export function toGexf(g: ExportGraph, opts: { date?: string; description?: string } = {}): string {
  const date = opts.date ?? new Date().toISOString().slice(0, 10);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${xmlEscape(date)}">`,
    '    <creator>newsgraph</creator>',
    `    <description>${xmlEscape(opts.description ?? 'Newsgraph knowledge graph: entities, statements, events and articles')}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
  ];
  for (const spec of GEXF_NODE_ATTRIBUTES) {
    out.push(`      <attribute id="${spec.key}" title="${spec.key}" type="${GEXF_TYPES[spec.type]}"/>`);
  }
  out.push('    </attributes>', '    <attributes class="edge">');
  for (const spec of EDGE_ATTRIBUTES) {
    out.push(`      <attribute id="${spec.key}" title="${spec.key}" type="${GEXF_TYPES[spec.type]}"/>`);
  }
  out.push('    </attributes>', `    <nodes count="${g.nodes.length}">`);
  for (const n of g.nodes) {
    out.push(`      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.label)}">`, '        <attvalues>');
    for (const spec of GEXF_NODE_ATTRIBUTES) {
      const v = n.attributes[spec.key];
      if (v !== undefined) out.push(`          <attvalue for="${spec.key}" value="${xmlEscape(textOf(spec, v))}"/>`);
    }
    out.push('        </attvalues>', '      </node>');
  }
  out.push('    </nodes>', `    <edges count="${g.edges.length}">`);
  for (const e of g.edges) {
    const weight =
      e.type === 'MENTIONED_IN' && typeof e.attributes.count === 'number' ? ` weight="${e.attributes.count}"` : '';
    out.push(
      `      <edge id="${e.id}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" label="${e.type}" kind="${e.type}"${weight}>`,
      '        <attvalues>',
    );
    for (const spec of EDGE_ATTRIBUTES) {
      const v = e.attributes[spec.key];
      if (v !== undefined) out.push(`          <attvalue for="${spec.key}" value="${xmlEscape(textOf(spec, v))}"/>`);
    }
    out.push('        </attvalues>', '      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

/** GEXF has a label of its own on every node. */
const GEXF_NODE_ATTRIBUTES = NODE_ATTRIBUTES.filter((a) => a.key !== 'label');

export interface CytoscapeJson {
  format_version: string;
  generated_by: string;
  target_cytoscapejs_version: string;
  data: { name: string };
  elements: {
    nodes: { data: Record<string, unknown> & { id: string; label: string } }[];
    edges: { data: Record<string, unknown> & { id: string; source: string; target: string; type: string } }[];
  };
}

/** The elements JSON that cytoscape.js `cy.add()` / `cy.json()` and Cytoscape desktop (.cyjs) read. */
export function toCytoscape(g: ExportGraph): CytoscapeJson {
  return {
    format_version: '1.0',
    generated_by: 'newsgraph',
    target_cytoscapejs_version: '~3',
    data: { name: 'newsgraph' },
    elements: {
      nodes: g.nodes.map((n) => ({ data: { ...n.attributes, id: n.id, label: n.label } })),
      edges: g.edges.map((e) => ({
        data: { ...e.attributes, id: e.id, source: e.source, target: e.target, type: e.type, label: e.type },
      })),
    },
  };
}

export function serialise(g: ExportGraph, format: ExportFormat, opts: { date?: string } = {}): string {
  switch (format) {
    case 'graphml':
      return toGraphML(g);
    case 'gexf':
      return toGexf(g, opts);
    case 'cytoscape':
      return `${JSON.stringify(toCytoscape(g), null, 2)}\n`;
  }
}

/** One read query, then the chosen format. */
export async function exportGraph(graph: Graph, format: ExportFormat, scope: ExportScope = {}): Promise<string> {
  return serialise(await loadExportGraph(graph, scope), checkFormat(format));
}
