// A person's `titles` (role titles with no organisation or country) follow the articles that
// still give them: a re-extraction that writes a title differently, or deleting the article
// that gave it, takes the old one off the person. Before this, `titles` only ever grew.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/driver.ts';
import { ArticleRepository } from '../../../src/graph/article.repository.ts';
import { CurationRepository } from '../../../src/graph/curation.repository.ts';
import type { ArticleRecord } from '../../../src/graph/records.ts';
import { PersonTitlesDocument } from '../../generated/graphql.ts';
import { apiServer, type ApiTestServer } from '../api/client.ts';
import { resetGraph, testGraph } from '../helpers.ts';
import { recordedRecord } from './graph-helpers.ts';

const GALLANT = 'person:yoav-gallant';

/** The seed as `id`, with Gallant's roles replaced by title-only ones. */
function withTitles(seed: ArticleRecord, id: string, titles: string[]): ArticleRecord {
  const span = seed.entities.find((e) => e.id === GALLANT)!.mentions[0];
  return {
    ...seed,
    id,
    roles: [
      ...seed.roles.filter((r) => r.personId !== GALLANT),
      ...titles.map((title) => ({ personId: GALLANT, title, current: true, span, sentence: 0 })),
    ],
  };
}

const titlesOf = async (graph: Graph, id = GALLANT): Promise<string[] | null> =>
  ((await graph.run('MATCH (p:Person {id: $id}) RETURN p.titles AS titles', { id }))[0]?.titles as string[]) ?? null;

describe('person titles', () => {
  let graph: Graph;
  let repo: ArticleRepository;
  let seed: ArticleRecord;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    repo = new ArticleRepository(graph);
    seed = await recordedRecord();
    expect(seed.entities.some((e) => e.id === GALLANT)).toBe(true);
  });

  afterAll(async () => {
    await server?.close();
    await resetGraph(graph);
    await graph?.close();
  });

  let server: ApiTestServer;

  it('a re-extraction that writes a title differently replaces it', async () => {
    await repo.write(withTitles(seed, 'article:titles-a', ['Gov.']));
    expect(await titlesOf(graph)).toEqual(['Gov.']);
    await repo.write(withTitles(seed, 'article:titles-a', ['Governor']));
    expect(await titlesOf(graph)).toEqual(['Governor']);
  });

  it('titles from two articles are both kept, and deleting one article takes only its own', async () => {
    await repo.write(withTitles(seed, 'article:titles-b', ['Governor', 'Senator']));
    expect((await titlesOf(graph))?.sort()).toEqual(['Governor', 'Senator']);
    await repo.delete('article:titles-b');
    expect(await titlesOf(graph)).toEqual(['Governor']);
    await repo.write(withTitles(seed, 'article:titles-a', []));
    expect(await titlesOf(graph)).toBeNull();
  });

  it('a merge keeps the titles of both people, per article', async () => {
    const other = 'person:gallant-copy';
    const copy = withTitles(seed, 'article:titles-c', []);
    copy.entities = copy.entities.map((e) => (e.id === GALLANT ? { ...e, id: other, name: 'Gallant Copy' } : e));
    copy.roles = [
      ...copy.roles,
      { personId: other, title: 'Senator', current: true, span: seed.entities[0].mentions[0], sentence: 0 },
    ];
    copy.statements = [];
    copy.events = [];
    copy.possiblySame = [];
    await repo.write(withTitles(seed, 'article:titles-a', ['Governor']));
    await repo.write(copy);
    expect(await titlesOf(graph, other)).toEqual(['Senator']);
    await new CurationRepository(graph).merge(GALLANT, other);
    expect((await titlesOf(graph))?.sort()).toEqual(['Governor', 'Senator']);
    // Re-deriving after the merge (the next write of any article that mentions him) keeps both.
    await repo.write(withTitles(seed, 'article:titles-a', ['Governor']));
    expect((await titlesOf(graph))?.sort()).toEqual(['Governor', 'Senator']);
    await repo.delete('article:titles-c');
    expect(await titlesOf(graph)).toEqual(['Governor']);
  });

  it('serves them on Person.titles, and an empty list where there are none', async () => {
    server = await apiServer(graph);
    await repo.write(withTitles(seed, 'article:titles-a', ['Governor', 'candidate']));
    const person = await server.ok(PersonTitlesDocument, { id: GALLANT });
    expect(person.entity).toEqual({ id: GALLANT, titles: ['Governor', 'candidate'] });
    await repo.write(withTitles(seed, 'article:titles-a', []));
    expect((await server.ok(PersonTitlesDocument, { id: GALLANT })).entity).toEqual({ id: GALLANT, titles: [] });
  });
});
