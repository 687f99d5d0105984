// Plain rows the read repositories return (Neo4j values already converted).

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentionCount: number;
  articleCount: number;
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

export interface Page<T> {
  items: T[];
  totalCount: number;
  offset: number;
}

/** Projections used in every query that returns these rows, so all agree. */
export const ENTITY_PROJECTION = `{ .id, .name, .type, aliases: coalesce(e.aliases, []), mentionCount: coalesce(e.mentionCount, 0), articleCount: coalesce(e.articleCount, 0) }`;
export const ARTICLE_PROJECTION = `{ .id, .title, .url, .source, .publishedAt, .ingestedAt, .extractor, .text, related: coalesce(a.related, []) }`;

/** A Lucene query for the full-text indexes: every word must match, as a prefix. */
export function fulltextQuery(text: string): string {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .filter(Boolean);
  return words.map((w) => `${w}*`).join(' AND ');
}
