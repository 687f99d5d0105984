// Runs the domain stages on CoreNLP output recorded from the real server.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, type ExtractedArticle } from '../../../src/extract/extract.ts';
import { readArticleFile } from '../../../src/ingest/readers/index.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export async function extractRecorded(file: string): Promise<ExtractedArticle> {
  const [source] = await readArticleFile(file);
  const fixture = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/corenlp', `${source.name}.json`), 'utf8'));
  return Extractor.fromRecorded(() => fixture).extract(source);
}
