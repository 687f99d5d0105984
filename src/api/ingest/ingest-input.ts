// Articles sent through GraphQL: read (format detected, input validated) like files are,
// then ingested one by one. Bad input is a REFUSED result naming the problem, not an error;
// an unreachable CoreNLP or database is an error (SERVICE_UNAVAILABLE).
import { InputError, type SourceArticle } from '../../extract/types.ts';
import type { IngestResult as IngestOutcome, Ingestor } from '../../ingest/ingest.ts';
import { readArticles, sniffFormat } from '../../ingest/readers/index.ts';
import type { ArticleInput } from '../inputs/article.input.ts';
import { IngestStatus } from '../types/ingest-status.enum.ts';
import type { IngestResult } from '../types/ingest-result.type.ts';

const refused = (name: string, err: InputError): IngestResult => ({
  name,
  status: IngestStatus.REFUSED,
  articleId: null,
  reason: err.message,
  counts: null,
});

function toResult(r: IngestOutcome): IngestResult {
  const s = r.summary;
  return {
    name: r.name,
    status: r.status === 'unchanged' ? IngestStatus.UNCHANGED : IngestStatus.CREATED,
    articleId: r.articleId ?? null,
    reason: r.reason ?? null,
    counts: s
      ? {
          entities: s.entities,
          statements: s.statements,
          events: s.events,
          roles: s.roles,
          removedEntities: s.removedEntities,
        }
      : null,
  };
}

/**
 * Reads one input into articles. Given title, url and publishedAt apply when the input holds
 * one article; source applies to every article it holds (a feed's items, a JSON array).
 */
export function readInput(input: ArticleInput, fallbackName: string): SourceArticle[] {
  const name = input.name ?? input.title ?? fallbackName;
  const sources = readArticles({ name, content: input.text, format: input.format ?? sniffFormat(input.text) });
  const single = sources.length === 1;
  return sources.map((s) => ({
    ...s,
    title: (single && input.title) || s.title,
    url: (single && input.url) || s.url,
    publishedAt: (single && input.publishedAt) || s.publishedAt,
    source: input.source ?? s.source,
  }));
}

/** Ingests one input; with `single`, an input holding several articles is refused whole. */
export async function ingestInput(
  ingestor: Ingestor,
  input: ArticleInput,
  fallbackName: string,
  opts: { single?: boolean } = {},
): Promise<IngestResult[]> {
  const name = input.name ?? input.title ?? fallbackName;
  let sources: SourceArticle[];
  try {
    sources = readInput(input, fallbackName);
  } catch (err) {
    if (err instanceof InputError) return [refused(name, err)];
    throw err;
  }
  if (opts.single && sources.length > 1) {
    return [
      refused(
        name,
        new InputError(name, `holds ${sources.length} articles (a feed or JSON array): send it with ingestArticles`),
      ),
    ];
  }
  const results: IngestResult[] = [];
  for (const source of sources) {
    try {
      results.push(toResult(await ingestor.ingest(source)));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      results.push(refused(source.name, err));
    }
  }
  return results;
}
