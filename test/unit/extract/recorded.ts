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

/** The recorded article fixtures (test/fixtures/extraction). */
export const FIXTURES = path.join(ROOT, 'test/fixtures/extraction');

/** A recorded fixture by name ("earthquake" for earthquake.txt), extracted. */
export const readFixture = (name: string) => extractRecorded(path.join(FIXTURES, `${name}.txt`));

/** The text a span covers, or null. */
export const spanText = (a: ExtractedArticle, s: { start: number; end: number } | null | undefined) =>
  s ? a.source.text.slice(s.start, s.end) : null;

/** Each statement as [speaker text, speaker entity, cue, content]. */
export const statementRows = (a: ExtractedArticle) =>
  a.statements.map((s) => [
    spanText(a, s.speaker),
    s.speaker?.entityId ?? null,
    spanText(a, s.cue),
    spanText(a, s.content),
  ]);

/** Roles as [person, title, of] rows. */
export const roleRows = (a: ExtractedArticle) => a.roles.map((r) => [r.personId, r.title, r.ofId ?? null]);
