// Ingest and delete through GraphQL, with the real CoreNLP and Neo4j: what is ingested can be
// read back, re-sending is a no-op, bad input is refused, and a delete removes only the
// article's own facts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/driver.ts';
import {
  ArticleTextDocument,
  DeleteArticleDocument,
  EntityRelationsDocument,
  FindStatementsDocument,
  IngestArticleDocument,
  IngestArticlesDocument,
} from '../../generated/graphql.ts';
import { counts, seedGraph, testGraph } from '../helpers.ts';
import { apiServer, HAMAS, NETANYAHU, type ApiTestServer } from './client.ts';

const KALLAS_TEXT =
  ' date 2025-06-12 European Union foreign policy chief Kaja Kallas said on Thursday that the talks in Cairo were “a chance that must not be missed.”\n\n' +
  'Hamas said it would study the proposal.\n';
const KALLAS = 'person:kaja-kallas';

/** Facts by label, to compare the graph before and after. */
async function labelCounts(graph: Graph) {
  const rows = await graph.run(
    `RETURN COUNT { (:Article) } AS articles, COUNT { (:Statement) } AS statements, COUNT { (:Event) } AS events, COUNT { (:Entity) } AS entities`,
  );
  return rows[0];
}

describe('mutations: ingest and delete', () => {
  let graph: Graph;
  let server: ApiTestServer;

  beforeAll(async () => {
    graph = testGraph();
    const { ingestor } = await seedGraph(graph);
    server = await apiServer(graph, { ingestor });
  });

  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it('ingests an article, reads it back, deletes only its facts', async () => {
    const before = await labelCounts(graph);
    const beforeRels = await counts(graph);
    const seedHamas = await server.ok(EntityRelationsDocument, { id: HAMAS });

    const { ingestArticle: created } = await server.ok(IngestArticleDocument, {
      input: {
        text: KALLAS_TEXT,
        url: 'https://example.org/kallas-cairo',
        source: 'Example Wire',
        title: 'Kallas on the Cairo talks',
      },
    });
    expect(created).toMatchObject({ status: 'CREATED', reason: null });
    expect(created.counts!.statements).toBeGreaterThanOrEqual(1);
    const id = created.articleId!;

    const { article } = await server.ok(ArticleTextDocument, { id });
    expect(article).toEqual({ id, text: KALLAS_TEXT, publishedAt: '2025-06-12' });
    const kallas = await server.ok(EntityRelationsDocument, { id: KALLAS });
    expect(kallas.entity?.name).toBe('Kaja Kallas');
    const hamas = await server.ok(EntityRelationsDocument, { id: HAMAS });
    expect(hamas.entity!.articles.totalCount).toBe(2);

    // The same article again changes nothing.
    const { ingestArticle: again } = await server.ok(IngestArticleDocument, {
      input: {
        text: KALLAS_TEXT,
        url: 'https://example.org/kallas-cairo',
        source: 'Example Wire',
        title: 'Kallas on the Cairo talks',
      },
    });
    expect(again).toMatchObject({ status: 'UNCHANGED', articleId: id, counts: null });

    const { deleteArticle } = await server.ok(DeleteArticleDocument, { id });
    expect(deleteArticle.articleId).toBe(id);
    expect(deleteArticle.statements).toBe(created.counts!.statements);
    expect(deleteArticle.events).toBe(created.counts!.events);
    expect(deleteArticle.removedEntities).toBeGreaterThanOrEqual(1);

    expect((await server.ok(ArticleTextDocument, { id })).article).toBeNull();
    expect((await server.ok(EntityRelationsDocument, { id: KALLAS })).entity).toBeNull();
    // The seed's facts are untouched.
    expect(await labelCounts(graph)).toEqual(before);
    expect(await counts(graph)).toEqual(beforeRels);
    const after = await server.ok(EntityRelationsDocument, { id: HAMAS });
    expect(after.entity!.articles.totalCount).toBe(1);
    expect(after.entity!.said.totalCount).toBe(seedHamas.entity!.said.totalCount);
    const netanyahu = await server.ok(FindStatementsDocument, { filter: { speaker: NETANYAHU } });
    expect(netanyahu.statements.totalCount).toBeGreaterThanOrEqual(4);
  });

  it('refuses bad input with a reason, storing nothing', async () => {
    const before = await labelCounts(graph);
    const empty = await server.ok(IngestArticleDocument, { input: { text: '   \n ' } });
    expect(empty.ingestArticle).toMatchObject({ status: 'REFUSED', articleId: null });
    expect(empty.ingestArticle.reason).toContain('empty');
    const badDate = await server.ok(IngestArticleDocument, {
      input: { text: ' date 2025-13-45 The minister said talks would resume.', name: 'bad-date' },
    });
    expect(badDate.ingestArticle.status).toBe('REFUSED');
    expect(badDate.ingestArticle.reason).toContain('bad-date');
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>One</title><link>https://example.org/1</link><description>The minister said on Monday that the talks in Cairo would resume next week.</description></item>
      <item><title>Two</title><link>https://example.org/2</link><description>The envoy said on Tuesday that a new proposal would be sent to the mediators.</description></item>
      </channel></rss>`;
    const single = await server.ok(IngestArticleDocument, { input: { text: feed, format: 'FEED', name: 'wire' } });
    expect(single.ingestArticle.status).toBe('REFUSED');
    expect(single.ingestArticle.reason).toContain('ingestArticles');
    expect(await labelCounts(graph)).toEqual(before);
  });

  it('ingestArticles answers one result per article, in order', async () => {
    const { ingestArticles } = await server.ok(IngestArticlesDocument, {
      inputs: [
        { text: '' + ' ', name: 'blank' },
        {
          text: 'Israeli Foreign Minister Gideon Saar said on Monday that the talks would go on.',
          url: 'https://example.org/saar',
          publishedAt: '2025-06-16',
        },
      ],
    });
    expect(ingestArticles.map((r) => r.status)).toEqual(['REFUSED', 'CREATED']);
    expect(ingestArticles[0].name).toBe('blank');
    const id = ingestArticles[1].articleId!;
    expect((await server.ok(ArticleTextDocument, { id })).article?.publishedAt).toBe('2025-06-16');
    await server.ok(DeleteArticleDocument, { id });
  });

  it('deleting an unknown article is NOT_FOUND', async () => {
    const res = await server.op(DeleteArticleDocument, { id: 'article:none' });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0].message).toContain('article:none');
  });
});
