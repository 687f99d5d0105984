// Stable error codes: NOT_FOUND, BAD_USER_INPUT (naming the bad value), FORBIDDEN,
// QUERY_TOO_COMPLEX, SERVICE_UNAVAILABLE.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/driver.ts';
import { MAX_BODY_BYTES } from '../../../src/api/server.ts';
import { seedGraph, testGraph } from '../helpers.ts';
import { apiServer, HAMAS, NETANYAHU, type ApiTestServer, type GqlResult } from './client.ts';

const codeOf = (res: GqlResult<unknown>) => res.errors?.[0]?.extensions?.code;

describe('errors', () => {
  let graph: Graph;
  let server: ApiTestServer;
  let guarded: ApiTestServer;

  beforeAll(async () => {
    graph = testGraph();
    await seedGraph(graph);
    server = await apiServer(graph); // no ingestor: ingest is unavailable
    guarded = await apiServer(graph, { writeToken: 'sesame' });
  });

  afterAll(async () => {
    await server?.close();
    await guarded?.close();
    await graph?.close();
  });

  it('entity(id) with an unknown id is null, not an error', async () => {
    const res = await server.query('{ entity(id: "person:nobody") { id } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ entity: null });
  });

  it.each([
    ['timeline', '{ timeline(entityId: "person:nobody") { totalCount } }', 'person:nobody'],
    ['neighbourhood', '{ neighbourhood(id: "nowhere:1", depth: 1) { nodes { id } } }', 'nowhere:1'],
    ['paths (from)', `{ paths(from: "x:1", to: "${HAMAS}") { length } }`, 'x:1'],
    ['paths (to)', `{ paths(from: "${HAMAS}", to: "y:2") { length } }`, 'y:2'],
    ['coMentions', '{ coMentions(id: "person:nobody") { weight } }', 'person:nobody'],
  ])('%s with an unknown id is NOT_FOUND naming it', async (_name, query, id) => {
    const res = await server.query(query);
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.errors![0].message).toContain(id);
  });

  it.each([
    ['depth 7', `{ neighbourhood(id: "${HAMAS}", depth: 7) { nodes { id } } }`, '7'],
    ['limit 501', `{ neighbourhood(id: "${HAMAS}", limit: 501) { nodes { id } } }`, '501'],
    ['first 1000', '{ entities(first: 1000) { totalCount } }', '1000'],
    ['first 0', '{ statements(first: 0) { totalCount } }', '0'],
    ['nested first 1000', `{ entity(id: "${NETANYAHU}") { said(first: 1000) { totalCount } } }`, '1000'],
    ['maxLength 9', `{ paths(from: "${HAMAS}", to: "${NETANYAHU}", maxLength: 9) { length } }`, '9'],
    ['a bad month', '{ statements(filter: { from: "2024-13-01" }) { totalCount } }', '2024-13-01'],
    ['a word for a date', `{ timeline(entityId: "${NETANYAHU}", to: "yesterday") { totalCount } }`, 'yesterday'],
    ['a bad event date', '{ events(filter: { to: "2024/11" }) { totalCount } }', '2024/11'],
    ['a bad cursor', '{ articles(first: 1, after: "zzz") { totalCount } }', 'zzz'],
    ['the same node twice', `{ paths(from: "${HAMAS}", to: "${HAMAS}") { length } }`, HAMAS],
    ['an empty search', '{ search(text: "  ") { id } }', 'empty'],
  ])('%s is BAD_USER_INPUT naming the value', async (_name, query, value) => {
    const res = await server.query(query);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain(value);
  });

  it('an unknown enum value is refused by GraphQL validation', async () => {
    const res = await server.query('{ events(filter: { type: Coronation }) { totalCount } }');
    expect(res.errors?.[0].message).toContain('Coronation');
  });

  it('an operation too costly or too deep is QUERY_TOO_COMPLEX before it runs', async () => {
    const costly = await server.query(
      '{ entities(first: 100) { edges { node { said(first: 100) { edges { node { id about { id } } } } } } } }',
    );
    expect(codeOf(costly)).toBe('QUERY_TOO_COMPLEX');
    const deep = await server.query(
      `{ entity(id: "${NETANYAHU}") { said { edges { node { speaker { said { edges { node { speaker { said { edges { node { speaker { id } } } } } } } } } } } } } }`,
    );
    expect(codeOf(deep)).toBe('QUERY_TOO_COMPLEX');
  });

  it('mutations by a reader are FORBIDDEN (no or a wrong bearer token)', async () => {
    const mutation = 'mutation { deleteArticle(id: "article:none") { articleId } }';
    const none = await guarded.query(mutation);
    expect(codeOf(none)).toBe('FORBIDDEN');
    expect(none.errors![0].message).toContain('Authorization: Bearer');
    const wrong = await guarded.query(mutation, {}, { authorization: 'Bearer open' });
    expect(codeOf(wrong)).toBe('FORBIDDEN');
    const merge = await guarded.query(
      `mutation { mergeEntities(keepId: "${HAMAS}", mergeId: "${NETANYAHU}") { moved } }`,
    );
    expect(codeOf(merge)).toBe('FORBIDDEN');
    // The right token gets through to the resolver (which finds no such article).
    const right = await guarded.query(mutation, {}, { authorization: 'Bearer sesame' });
    expect(codeOf(right)).toBe('NOT_FOUND');
    // Nothing was merged by the refused call.
    const still = await guarded.query(`{ entity(id: "${NETANYAHU}") { id } }`);
    expect(still.data).toEqual({ entity: { id: NETANYAHU } });
  });

  it('reads need no token', async () => {
    const res = await guarded.query('{ stats { articles } }');
    expect(res.errors).toBeUndefined();
  });

  it('ingest without CoreNLP is SERVICE_UNAVAILABLE', async () => {
    const res = await server.query(
      'mutation { ingestArticle(input: { text: "The minister said on Tuesday that talks would resume." }) { status } }',
    );
    expect(codeOf(res)).toBe('SERVICE_UNAVAILABLE');
  });

  it('invalid ingest input is BAD_USER_INPUT naming the field and value', async () => {
    const res = await server.query(
      'mutation { ingestArticles(inputs: [{ text: "ok", url: "ftp:/x" }, { text: "ok", publishedAt: "10 June" }]) { status } }',
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain('inputs.0.url');
    expect(res.errors![0].message).toContain('ftp:/x');
    expect(res.errors![0].message).toContain('10 June');
  });

  it('a body that is not JSON, or too large, is a 4xx with a GraphQL error naming the problem', async () => {
    const post = (body: string) =>
      fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const broken = await post('{"query": "{ stats { articles } }"');
    expect(broken.status).toBe(400);
    const brokenBody = (await broken.json()) as GqlResult<unknown>;
    expect(codeOf(brokenBody)).toBe('BAD_REQUEST');
    expect(brokenBody.errors![0].message).toMatch(/not valid JSON/);

    const huge = await post(JSON.stringify({ query: `{ stats { articles } } #${'x'.repeat(MAX_BODY_BYTES)}` }));
    expect(huge.status).toBe(413);
    const hugeBody = (await huge.json()) as GqlResult<unknown>;
    expect(hugeBody.errors![0].message).toBe(`Request body is larger than ${MAX_BODY_BYTES} bytes.`);
    // Neither stopped the server.
    expect((await server.query('{ stats { articles } }')).errors).toBeUndefined();
  });
});
