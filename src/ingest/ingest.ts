// Orchestrates read → extract → resolve → one graph write per article. Unchanged articles
// (same content hash and extractor version) are skipped, so re-running is cheap and safe.
import { EXTRACTOR_VERSION, type ExtractedArticle, type Extractor } from '../extract/extract.ts';
import { articleId, hash } from '../extract/ids.ts';
import { InputError, type SourceArticle } from '../extract/types.ts';
import { splitPieces } from '../extract/stages/statements.ts';
import { ArticleRepository } from '../graph/article.repository.ts';
import type { Graph } from '../graph/driver.ts';
import { IdentityRepository } from '../graph/identity.repository.ts';
import type { ArticleRecord, WriteSummary } from '../graph/records.ts';
import { expandInputs, readInput } from './files.ts';
import { resolveAcrossArticles } from './resolve.ts';

export type IngestStatus = 'ingested' | 'unchanged' | 'refused' | 'failed';

export interface IngestResult {
  name: string;
  status: IngestStatus;
  articleId?: string;
  reason?: string;
  summary?: WriteSummary;
}

export interface IngestProgress {
  (done: IngestResult, index: number, total: number): void;
}

export function contentHash(a: SourceArticle): string {
  return hash(JSON.stringify([a.text, a.title ?? null, a.url ?? null, a.publishedAt ?? null, a.source ?? null]));
}

export function toRecord(a: ExtractedArticle, possiblySame: ArticleRecord['possiblySame'] = []): ArticleRecord {
  return {
    id: a.id,
    text: a.source.text,
    title: a.source.title,
    url: a.source.url,
    source: a.source.source,
    publishedAt: a.source.publishedAt,
    related: a.source.related,
    contentHash: contentHash(a.source),
    extractor: EXTRACTOR_VERSION,
    sentences: a.sentences,
    entities: a.entities,
    roles: a.roles,
    // (A quotation the writer's words break into pieces is one statement to the extractor and
    // one node per piece in the graph, each evidence span slicing the article to its text, each
    // with its own kind, ABOUT links and confidence.)
    statements: a.statements.flatMap(splitPieces),
    events: a.events,
    possiblySame,
  };
}

export class Ingestor {
  private readonly articles: ArticleRepository;
  private readonly identities: IdentityRepository;

  constructor(
    graph: Graph,
    private readonly extractor: Extractor,
  ) {
    this.articles = new ArticleRepository(graph);
    this.identities = new IdentityRepository(graph);
  }

  async ingest(source: SourceArticle, opts: { force?: boolean } = {}): Promise<IngestResult> {
    const id = articleId(source.text, source.url);
    if (!opts.force) {
      const stored = await this.articles.fingerprint(id);
      if (stored && stored.contentHash === contentHash(source) && stored.extractor === EXTRACTOR_VERSION) {
        return { name: source.name, status: 'unchanged', articleId: id };
      }
    }
    const extracted = await this.extractor.extract(source);
    const { article, possiblySame } = await resolveAcrossArticles(extracted, this.identities);
    const summary = await this.articles.write(toRecord(article, possiblySame));
    return { name: source.name, status: 'ingested', articleId: id, summary };
  }

  /**
   * Ingests files and folders with `concurrency` articles in flight (enough to keep every
   * CoreNLP server busy). Bad input is refused and reported; it never stops the others.
   */
  async ingestPaths(
    inputs: string[],
    opts: { concurrency?: number; force?: boolean; onResult?: IngestProgress } = {},
  ): Promise<IngestResult[]> {
    const files = expandInputs(inputs);
    const results: IngestResult[] = [];
    let index = 0;
    let done = 0;
    // One article per input until a feed or JSON array turns out to hold several.
    let total = files.length;
    const report = (r: IngestResult) => {
      results.push(r);
      opts.onResult?.(r, done++, total);
    };
    const worker = async () => {
      while (index < files.length) {
        const file = files[index++];
        let sources: SourceArticle[];
        try {
          sources = await readInput(file);
        } catch (err) {
          report({ name: file, status: 'refused', reason: (err as Error).message });
          continue;
        }
        total += sources.length - 1;
        for (const source of sources) {
          try {
            report(await this.ingest(source, opts));
          } catch (err) {
            const refused = err instanceof InputError;
            report({ name: source.name, status: refused ? 'refused' : 'failed', reason: (err as Error).message });
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 2) }, worker));
    return results;
  }

  deleteArticle(id: string) {
    return this.articles.delete(id);
  }
}
