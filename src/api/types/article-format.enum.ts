import { registerEnumType } from 'type-graphql';
import type { ArticleFormat as ReaderFormat } from '../../ingest/readers/index.ts';

export enum ArticleFormat {
  TEXT = 'text',
  MARKDOWN = 'markdown',
  JSON = 'json',
  HTML = 'html',
  FEED = 'feed',
}

const _sameValues: Record<ReaderFormat, ArticleFormat> = {
  text: ArticleFormat.TEXT,
  markdown: ArticleFormat.MARKDOWN,
  json: ArticleFormat.JSON,
  html: ArticleFormat.HTML,
  feed: ArticleFormat.FEED,
};
void _sameValues;

registerEnumType(ArticleFormat, {
  name: 'ArticleFormat',
  description: 'Format of article input; detected from the content when not given.',
  valuesConfig: {
    TEXT: { description: 'Plain text, optionally with a " date YYYY-MM-DD" lead and "READ:" lines.' },
    MARKDOWN: { description: 'Markdown with optional front matter (title, date, url, source).' },
    JSON: { description: 'A JSON article object or array of them.' },
    HTML: { description: 'An HTML page; the main content is extracted.' },
    FEED: { description: 'An RSS or Atom feed: one article per item.' },
  },
});
