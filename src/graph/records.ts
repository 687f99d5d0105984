// What the graph layer writes for one article: domain objects, no NLP and no GraphQL.
import type { EventFact, LocalEntity, RoleFact, Span, Statement } from '../extract/types.ts';

export interface ArticleRecord {
  id: string;
  text: string;
  title?: string;
  url?: string;
  source?: string;
  publishedAt?: string;
  related: string[];
  contentHash: string;
  extractor: string;
  sentences: Span[];
  entities: LocalEntity[];
  roles: RoleFact[];
  statements: Statement[];
  events: EventFact[];
  possiblySame: { a: string; b: string; score: number }[];
}

export interface WriteSummary {
  articleId: string;
  entities: number;
  statements: number;
  events: number;
  roles: number;
  removedEntities: number;
}

export const ENTITY_LABELS = ['Person', 'Organisation', 'Court', 'Country', 'Place', 'Group'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Labels come from this allow-list only; Court nodes are also Organisations. */
export function labelsFor(type: string): string {
  if (!(ENTITY_LABELS as readonly string[]).includes(type)) throw new Error(`Unknown entity type "${type}"`);
  return type === 'Court' ? 'Court:Organisation' : type;
}
