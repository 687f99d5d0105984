// Plain rows the read repositories return (Neo4j values already converted), and the Cypher
// projections that build them, so every query returning a row agrees on its shape.

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  /** A person's role titles with no organisation or country (empty for other entities). */
  titles: string[];
  mentionCount: number;
  articleCount: number;
  statementCount: number;
}

export interface ArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  ingestedAt: string | null;
  extractor: string | null;
  text: string;
  related: string[];
}

/** Where a fact was read: a span of an article's text. */
export interface EvidenceRow {
  articleId: string;
  start: number;
  end: number;
  sentence: number | null;
  confidence: number | null;
  extractor: string | null;
}

export interface StatementRow extends EvidenceRow {
  fact: 'Statement';
  id: string;
  text: string;
  kind: string;
  cue: string | null;
  date: string | null;
  datePrecision: string | null;
  speakerText: string | null;
  speaker: EntityRow | null;
  about: EntityRow[];
  accordingTo: EntityRow | null;
}

export interface QuantityRow {
  value: number;
  unit: string;
  qualifier: string | null;
}

export interface ParticipationRow {
  role: string;
  entity: EntityRow;
}

export interface EventRow extends EvidenceRow {
  fact: 'Event';
  id: string;
  type: string;
  label: string;
  date: string | null;
  datePrecision: string | null;
  charges: string[];
  quantities: QuantityRow[];
  participants: ParticipationRow[];
}

export type FactRow = StatementRow | EventRow;

export interface Page<T> {
  items: T[];
  totalCount: number;
  offset: number;
}

/** Paging parameters of relation fields (one page per parent). */
export interface PageArgs {
  first: number;
  offset: number;
}

/** Entity projection on variable `v` (a fixed identifier of the query, never input). */
export const entityProjection = (v: string) =>
  `{ .id, .name, .type, aliases: coalesce(${v}.aliases, []), titles: coalesce(${v}.titles, []), mentionCount: coalesce(${v}.mentionCount, 0), articleCount: coalesce(${v}.articleCount, 0), statementCount: COUNT { (${v})-[:SAID]->() } }`;

/** Projections used in every query that returns these rows, so all agree. */
export const ENTITY_PROJECTION = entityProjection('e');
export const ARTICLE_PROJECTION = `{ .id, .title, .url, .source, .publishedAt, .ingestedAt, .extractor, .text, related: coalesce(a.related, []) }`;

const EVIDENCE_FIELDS = `.articleId, .start, .end, .sentence, .confidence, .extractor`;

/** A statement with its speaker, what it is about and who relayed it, on variable `v`. */
export const statementProjection = (v: string) =>
  `${v} { .id, .text, .kind, .cue, .date, .datePrecision, .speakerText, ${EVIDENCE_FIELDS}, fact: 'Statement',
    speaker: head([(sp:Entity)-[:SAID]->(${v}) | sp ${entityProjection('sp')}]),
    about: [(${v})-[:ABOUT]->(ab:Entity) | ab ${entityProjection('ab')}],
    accordingTo: head([(${v})-[:ACCORDING_TO]->(at:Entity) | at ${entityProjection('at')}]) }`;

/** An event with its participants; counts stay parallel arrays until `toEventRow`. */
export const eventProjection = (v: string) =>
  `${v} { .id, .type, .label, .date, .datePrecision, ${EVIDENCE_FIELDS}, fact: 'Event',
    charges: coalesce(${v}.charges, []), counts: coalesce(${v}.counts, []),
    countUnits: coalesce(${v}.countUnits, []), countQualifiers: coalesce(${v}.countQualifiers, []),
    participants: [(pe:Entity)-[pr:PARTICIPANT]->(${v}) | { role: pr.role, entity: pe ${entityProjection('pe')} }] }`;

/** Either fact on variable `v`. */
export const factProjection = (v: string) =>
  `CASE WHEN ${v}:Statement THEN ${statementProjection(v)} ELSE ${eventProjection(v)} END`;

/**
 * The date a fact sorts by: `sortDate`, written with the fact (its own date, else its
 * article's publication date; see ArticleRepository.write and backfillSortDates), '' when
 * it has neither. Stored so that ordering and date filters need no article per fact.
 */
export const factDate = (v: string) => `coalesce(${v}.sortDate, '')`;

/**
 * A WHERE clause of the tests that apply (false for a filter not given), or nothing: a
 * filter that is not asked for costs nothing per row. Every value stays a parameter.
 */
export const whereAll = (tests: (string | false | undefined | null | 0)[]) => {
  const given = tests.filter((t): t is string => typeof t === 'string' && t.length > 0);
  return given.length ? `WHERE ${given.join('\n  AND ')}` : '';
};

/**
 * Date-range test on a sort date of any precision (YYYY, YYYY-MM, YYYY-MM-DD): a fact is
 * in range when its period overlaps [$from, $to] (so "2024-11" is inside from: 2024-11-05).
 */
export const dateRange = (key: string) =>
  `($from IS NULL OR ${key} >= $from OR ($from STARTS WITH ${key} AND ${key} <> ''))
   AND ($to IS NULL OR (${key} <> '' AND (${key} <= $to OR ${key} STARTS WITH $to)))`;

const ROLE_ORDER = ['agent', 'target', 'court', 'victim', 'place', 'participant'];

/** Quantities zipped from the stored parallel arrays; participants in a stable order. */
export function toEventRow(raw: Record<string, unknown>): EventRow {
  const { counts, countUnits, countQualifiers, ...rest } = raw as Record<string, unknown> & {
    counts: number[];
    countUnits: string[];
    countQualifiers: string[];
  };
  const row = rest as unknown as EventRow;
  row.quantities = counts.map((value, i) => ({
    value,
    unit: countUnits[i] ?? '',
    qualifier: countQualifiers[i] || null,
  }));
  row.participants = [...row.participants].sort(
    (a, b) =>
      rank(a.role) - rank(b.role) ||
      a.entity.name.localeCompare(b.entity.name) ||
      a.entity.id.localeCompare(b.entity.id),
  );
  return row;
}

const rank = (role: string) => {
  const i = ROLE_ORDER.indexOf(role);
  return i < 0 ? ROLE_ORDER.length : i;
};

export function toFactRow(raw: Record<string, unknown>): FactRow {
  return raw.fact === 'Event' ? toEventRow(raw) : (raw as unknown as StatementRow);
}

/** A Lucene query for the full-text indexes: every word must match, as a prefix. */
export function fulltextQuery(text: string): string {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .filter(Boolean);
  return words.map((w) => `${w}*`).join(' AND ');
}

/** A node of a client-neutral subgraph: an entity, article, statement or event. */
export interface GraphNodeRow {
  id: string;
  /** Display name: entity name, article title, quoted statement, event label. */
  label: string;
  /** Entity type (Person, Court…) or Article, Statement, Event. */
  type: string;
  properties: Record<string, unknown>;
}

export interface GraphEdgeRow {
  id: string;
  source: string;
  target: string;
  /** The relationship type, as in Cypher (SAID, ABOUT, PARTICIPANT…). */
  type: string;
  label: string;
  properties: Record<string, unknown>;
}

export interface SubgraphRow {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
}

export interface PathRow extends SubgraphRow {
  length: number;
}
