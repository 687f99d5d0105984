// Nodes and relationships as client-neutral subgraph rows (what visualisation clients draw):
// the Cypher projections that read them and the display labels made from them.
import type { GraphEdgeRow, GraphNodeRow } from './rows.ts';

/**
 * Relationship types a walk (neighbourhood, connections, paths) may follow: every link of
 * the graph model except POSSIBLY_SAME_AS, which is a review item, not a fact.
 */
export const WALK_TYPES = 'MENTIONED_IN|SAID|ABOUT|ACCORDING_TO|PARTICIPANT|IN|HOLDS_ROLE|PART_OF';

/**
 * What a subgraph reads of each node and edge: `full` for the properties worth showing, or
 * only what ids, types and display labels are made from (when no client asked for properties).
 */
export type Detail = 'full' | 'labels';

/**
 * Node projection on variable `v`. `full`: [labels, properties worth drawing (no article
 * text)]. `labels`: one flat list [kind, id, …the fields of COMPACT_FIELDS for that kind].
 * Nodes and edges travel as lists, not maps: the driver decodes a 300-node subgraph's lists
 * in about half the time of the same maps (their keys repeated in every row), and the flat
 * `labels` rows in about 20% less again (`Around` at 10k articles, 24.1 → 19.4 ms per query,
 * measured on the profiling graph of docs/performance.md).
 */
export const nodeProjection = (v: string, detail: Detail = 'full') =>
  detail === 'labels'
    ? `CASE
     WHEN ${v}:Entity THEN ['Entity', ${v}.id, ${v}.name, ${v}.type]
     WHEN ${v}:Article THEN ['Article', ${v}.id, ${v}.title, ${v}.source, ${v}.publishedAt]
     WHEN ${v}:Statement THEN ['Statement', ${v}.id, substring(${v}.text, 0, 81)]
     WHEN ${v}:Event THEN ['Event', ${v}.id, ${v}.type, ${v}.label, ${v}.date]
     ELSE [head(labels(${v})), ${v}.id] END`
    : `[labels(${v}), CASE
     WHEN ${v}:Entity THEN ${v} { .id, .name, .type, .aliases, .mentionCount, .articleCount }
     WHEN ${v}:Article THEN ${v} { .id, .title, .url, .source, .publishedAt }
     WHEN ${v}:Statement THEN ${v} { .id, .text, .kind, .cue, .date, .confidence, .articleId, .start, .end }
     WHEN ${v}:Event THEN ${v} { .id, .type, .label, .date, .datePrecision, .charges, .confidence, .articleId, .start, .end }
     ELSE ${v} { .id } END]`;

/** The fields a `labels` node row carries after its kind and id, in order. */
const COMPACT_FIELDS: Record<string, readonly string[]> = {
  Entity: ['name', 'type'],
  Article: ['title', 'source', 'publishedAt'],
  Statement: ['text'],
  Event: ['type', 'label', 'date'],
};

/**
 * Edge projection on variable `v`: [id, type, source id, target id, properties], where the
 * `labels` detail carries only the role or title a label is made from, as a string.
 */
export const edgeProjection = (v: string, detail: Detail = 'full') =>
  `[elementId(${v}), type(${v}), startNode(${v}).id, endNode(${v}).id, ${
    detail === 'labels' ? `coalesce(${v}.role, ${v}.title)` : `properties(${v})`
  }]`;

/** Finds the node with id `$param` among the four keyed labels (index lookups only). */
export const nodeById = (param: string) =>
  `CALL () {
     MATCH (n:Entity {id: $${param}}) RETURN n
     UNION MATCH (n:Article {id: $${param}}) RETURN n
     UNION MATCH (n:Statement {id: $${param}}) RETURN n
     UNION MATCH (n:Event {id: $${param}}) RETURN n
   }`;

/** A node as nodeProjection reads it: `full`, or `labels` ([kind, id, …fields]). */
export type RawNode =
  [labels: string[], props: Record<string, unknown>] | [kind: string, id: string, ...fields: unknown[]];

/** An edge as edgeProjection reads it (`labels`: the role or title alone, or null). */
export type RawEdge = [
  id: string,
  type: string,
  source: string,
  target: string,
  props: Record<string, unknown> | string | null,
];

function fullNode(raw: RawNode): [string[], Record<string, unknown>] {
  if (Array.isArray(raw[0])) return raw as [string[], Record<string, unknown>];
  const [kind, id, ...fields] = raw as [string, string, ...unknown[]];
  const props: Record<string, unknown> = { id };
  (COMPACT_FIELDS[kind] ?? []).forEach((k, i) => (props[k] = fields[i]));
  return [[kind], props];
}

const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([k, v]) => k !== 'id' && v !== null && v !== undefined));

export function toNode(raw: RawNode): GraphNodeRow {
  const [labels, p] = fullNode(raw);
  const id = String(p.id);
  if (labels.includes('Entity'))
    return { id, label: String(p.name ?? id), type: String(p.type ?? 'Entity'), properties: defined(p) };
  if (labels.includes('Article')) {
    const label = (p.title as string | null) ?? [p.source ?? 'Article', p.publishedAt].filter(Boolean).join(', ');
    return { id, label, type: 'Article', properties: defined(p) };
  }
  if (labels.includes('Statement'))
    return { id, label: `“${clip(String(p.text ?? ''))}”`, type: 'Statement', properties: defined(p) };
  if (labels.includes('Event')) {
    const label = `${String(p.label ?? p.type)}${p.date ? ` (${String(p.date)})` : ''}`;
    return { id, label, type: 'Event', properties: defined(p) };
  }
  return { id, label: id, type: labels[0] ?? 'Node', properties: defined(p) };
}

const EDGE_LABELS: Record<string, string> = {
  MENTIONED_IN: 'mentioned in',
  SAID: 'said',
  ABOUT: 'about',
  ACCORDING_TO: 'according to',
  IN: 'reported in',
  PART_OF: 'part of',
  POSSIBLY_SAME_AS: 'possibly same as',
};

export function toEdge([id, type, source, target, props]: RawEdge): GraphEdgeRow {
  const p =
    typeof props === 'string'
      ? type === 'PARTICIPANT'
        ? { role: props }
        : type === 'HOLDS_ROLE'
          ? { title: props }
          : {}
      : (props ?? {});
  const label =
    type === 'PARTICIPANT'
      ? String(p.role ?? 'participant')
      : type === 'HOLDS_ROLE'
        ? String(p.title ?? 'holds role')
        : (EDGE_LABELS[type] ?? type.toLowerCase().replace(/_/g, ' '));
  return { id, source, target, type, label, properties: defined(p) };
}
