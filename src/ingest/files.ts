// Expands command-line inputs (files and folders) into article files, in a stable order.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../extract/types.ts';

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
