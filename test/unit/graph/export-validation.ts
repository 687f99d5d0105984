// Validates exports the way the receiving tools would read them: GraphML against the GraphML
// 1.0 XSD and GEXF against a GEXF 1.3 XSD (both offline, in test/fixtures/graph/xsd, checked
// with libxml2's xmllint compiled to WebAssembly: no system package needed), and Cytoscape
// JSON by shape. See test/fixtures/graph/xsd/README.md for where the schemas come from.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import type { CytoscapeJson } from '../../../src/graph/export.ts';

const XSD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/graph/xsd');
const file = (name: string) => ({ fileName: name, contents: fs.readFileSync(path.join(XSD, name), 'utf8') });

export async function xsdErrors(xml: string, format: 'graphml' | 'gexf'): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: `export.${format}`, contents: xml }],
    schema: [format === 'graphml' ? file('graphml.xsd') : file('gexf-1.3-subset.xsd')],
    preload: format === 'graphml' ? [file('xlink.xsd')] : [],
    maxMemoryPages: 1024,
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['key', 'node', 'edge', 'data', 'attribute', 'attvalue', 'attributes'].includes(name),
  parseAttributeValue: false,
  parseTagValue: false,
  htmlEntities: true,
  trimValues: false,
});

export interface ParsedGraph {
  nodes: { id: string; data: Record<string, string> }[];
  edges: { id: string; source: string; target: string; data: Record<string, string> }[];
  /** Declared attribute name → declared type, per class. */
  keys: { node: Record<string, string>; edge: Record<string, string> };
}

type El = Record<string, unknown>;

/** Reads a GraphML document back: nodes, edges and their data by attribute name. */
export function parseGraphML(xml: string): ParsedGraph {
  const doc = parser.parse(xml) as El;
  const root = doc.graphml as El;
  const keys = { node: {} as Record<string, string>, edge: {} as Record<string, string> };
  const names = new Map<string, string>();
  for (const k of (root.key as El[]) ?? []) {
    keys[k['@for'] as 'node' | 'edge'][k['@attr.name'] as string] = k['@attr.type'] as string;
    names.set(k['@id'] as string, k['@attr.name'] as string);
  }
  const data = (el: El) =>
    Object.fromEntries(
      ((el.data as El[]) ?? []).map((d) => [names.get(d['@key'] as string)!, String(d['#text'] ?? '')]),
    );
  const graph = root.graph as El;
  return {
    keys,
    nodes: ((graph.node as El[]) ?? []).map((n) => ({ id: n['@id'] as string, data: data(n) })),
    edges: ((graph.edge as El[]) ?? []).map((e) => ({
      id: e['@id'] as string,
      source: e['@source'] as string,
      target: e['@target'] as string,
      data: data(e),
    })),
  };
}

/** Reads a GEXF document back; the node label travels as data.label, the edge kind as data.kind. */
export function parseGexf(xml: string): ParsedGraph {
  const doc = parser.parse(xml) as El;
  const graph = (doc.gexf as El).graph as El;
  const keys = { node: {} as Record<string, string>, edge: {} as Record<string, string> };
  const titles = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const a of (graph.attributes as El[]) ?? []) {
    const cls = a['@class'] as 'node' | 'edge';
    for (const at of (a.attribute as El[]) ?? []) {
      keys[cls][at['@title'] as string] = at['@type'] as string;
      titles[cls].set(at['@id'] as string, at['@title'] as string);
    }
  }
  const values = (el: El, cls: 'node' | 'edge') =>
    Object.fromEntries(
      (((el.attvalues as El)?.attvalue as El[]) ?? []).map((v) => [
        titles[cls].get(v['@for'] as string)!,
        v['@value'] as string,
      ]),
    );
  return {
    keys,
    nodes: (((graph.nodes as El)?.node as El[]) ?? []).map((n) => ({
      id: n['@id'] as string,
      data: { ...values(n, 'node'), label: n['@label'] as string },
    })),
    edges: (((graph.edges as El)?.edge as El[]) ?? []).map((e) => ({
      id: e['@id'] as string,
      source: e['@source'] as string,
      target: e['@target'] as string,
      data: { ...values(e, 'edge'), kind: e['@kind'] as string },
    })),
  };
}

/** Problems with a parsed graph: duplicate ids, edges to nodes that are not there. */
export function referenceProblems(g: {
  nodes: { id: string }[];
  edges: { id: string; source: string; target: string }[];
}): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const n of g.nodes) {
    if (ids.has(n.id)) problems.push(`duplicate node id ${n.id}`);
    ids.add(n.id);
  }
  const edgeIds = new Set<string>();
  for (const e of g.edges) {
    if (edgeIds.has(e.id) || ids.has(e.id)) problems.push(`duplicate element id ${e.id}`);
    edgeIds.add(e.id);
    if (!ids.has(e.source)) problems.push(`edge ${e.id} starts at missing node ${e.source}`);
    if (!ids.has(e.target)) problems.push(`edge ${e.id} ends at missing node ${e.target}`);
  }
  return problems;
}

/** Problems with a Cytoscape.js elements document. */
export function cytoscapeProblems(json: CytoscapeJson): string[] {
  const problems: string[] = [];
  const nodes = json?.elements?.nodes;
  const edges = json?.elements?.edges;
  if (!Array.isArray(nodes) || !Array.isArray(edges)) return ['elements.nodes and elements.edges must be arrays'];
  for (const n of nodes)
    if (typeof n?.data?.id !== 'string' || !n.data.id) problems.push(`node without data.id: ${JSON.stringify(n)}`);
  for (const e of edges) {
    for (const k of ['id', 'source', 'target'] as const)
      if (typeof e?.data?.[k] !== 'string') problems.push(`edge without data.${k}: ${JSON.stringify(e)}`);
  }
  return [...problems, ...referenceProblems({ nodes: nodes.map((n) => n.data), edges: edges.map((e) => e.data) })];
}
