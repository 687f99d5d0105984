// Expands command-line inputs (files, folders, http(s) URLs) into article files and URLs,
// in a stable order.
import fs from 'node:fs';
import path from 'node:path';
import { InputError, type SourceArticle } from '../extract/types.ts';
import { readArticleFile } from './readers/index.ts';
import { isUrl, readArticleUrl } from './readers/url.ts';

export const ARTICLE_EXTENSIONS = new Set([
  '.txt',
  '.md',
  '.markdown',
  '.json',
  '.html',
  '.htm',
  '.xml',
  '.rss',
  '.atom',
]);

export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (isUrl(input)) {
      out.push(input);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      throw new InputError(input, 'no such file or folder');
    }
    if (stat.isDirectory()) {
      const files = fs
        .readdirSync(input, { recursive: true, withFileTypes: true })
        .filter(
          (e) => e.isFile() && ARTICLE_EXTENSIONS.has(path.extname(e.name).toLowerCase()) && !e.name.startsWith('.'),
        )
        .map((e) => path.join(e.parentPath, e.name))
        .filter((f) => path.basename(f).toLowerCase() !== 'readme.md')
        .sort();
      out.push(...files);
    } else {
      out.push(input);
    }
  }
  return out;
}

/** Reads one expanded input: a file, or an http(s) URL (a feed, a page, JSON or text). */
export function readInput(input: string): Promise<SourceArticle[]> {
  return isUrl(input) ? readArticleUrl(input) : readArticleFile(input);
}
