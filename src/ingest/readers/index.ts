// Article readers: detect the format of an input, read it into SourceArticles (one per
// input; one per item for feeds and JSON arrays) and refuse bad input with an InputError
// that names the input and says what to do.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../../extract/types.ts';
import type { SourceArticle } from '../../extract/types.ts';
import { readFeed } from './feed.reader.ts';
import { readHtml } from './html.reader.ts';
import { readJson } from './json.reader.ts';
import { readMarkdown } from './markdown.reader.ts';
import { readText } from './text.reader.ts';
import { decodeInput } from './validate.ts';
import type { ReadContext } from './validate.ts';

export { MAX_ARTICLE_BYTES } from './validate.ts';
export { htmlToText } from './html.reader.ts';

export type ArticleFormat = 'text' | 'markdown' | 'json' | 'html' | 'feed';

export interface ArticleInput {
  /** Article name (usually the file name without extension); used in errors without `path`. */
  name: string;
  content: Buffer | string;
  /** Skips detection when given. */
  format?: ArticleFormat;
  /** Where the input came from: its extension picks the format and errors name it. */
  path?: string;
}

const EXTENSIONS: Record<string, ArticleFormat> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.html': 'html',
  '.htm': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

const READERS: Record<ArticleFormat, (text: string, ctx: ReadContext) => SourceArticle | SourceArticle[]> = {
  text: readText,
  markdown: readMarkdown,
  json: readJson,
  html: readHtml,
  feed: readFeed,
};

/**
 * Reads one input into articles. The format is `format`, else the extension of `path` or
 * `name`, else sniffed from the content. Feed items and JSON array elements are named
 * `${name}-${index + 1}`.
 */
export function readArticles(input: ArticleInput): SourceArticle[] {
  const label = input.path ?? input.name;
  const text = decodeInput(input.content, label);
  if (text.trim() === '') throw new InputError(label, 'Article text is empty: nothing was stored');
  const format = input.format ?? formatOf(input.path ?? input.name) ?? sniffFormat(text);
  const read = READERS[format](text, { name: input.name, label });
  return Array.isArray(read) ? read : [read];
}

/** Reads a file; articles are named after the file name without its extension. */
export async function readArticleFile(file: string): Promise<SourceArticle[]> {
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new InputError(file, `cannot read the file (${code}): check the path and its permissions`);
  }
  return readArticles({ name: path.parse(file).name, content, path: file });
}

/** The format an extension stands for, or undefined when it says nothing. */
export function formatOf(fileName: string): ArticleFormat | undefined {
  return EXTENSIONS[path.extname(fileName).toLowerCase()];
}

/** Guesses the format of content whose name has no known extension. */
export function sniffFormat(text: string): ArticleFormat {
  const head = text.slice(0, 4096).trimStart();
  if (/^[[{]/.test(head)) return 'json';
  if (/^---[ \t]*\r?\n/.test(head)) return 'markdown';
  if (head.startsWith('<')) {
    const prolog = head.replace(/^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|\s)*/i, '');
    if (/^<(rss|feed|rdf:RDF)\b/.test(prolog)) return 'feed';
    if (/^<\?xml/.test(head) && !/<html\b/i.test(head)) return 'feed';
    return 'html';
  }
  return 'text';
}
