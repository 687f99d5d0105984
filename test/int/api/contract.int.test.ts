// The client contract (test/operations/contract.graphql, an exact copy of
// shared/design/operations.graphql) against the seeded graph over HTTP.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleTabs } from '../../../src/api/playground/playground.ts';
import type { Graph } from '../../../src/graph/driver.ts';
import {
  ArticleTextDocument,
  ArticlesDocument,
  AroundDocument,
  BetweenDocument,
  EventsOfDocument,
  PeopleDocument,
  SaidByDocument,
  SearchDocument,
  TimelineDocument,
} from '../../generated/graphql.ts';
import { ROOT, seedGraph, testGraph } from '../helpers.ts';
import {
  apiServer,
  closed,
  HAMAS,
  ICC,
  ISRAEL,
  NETANYAHU,
  SEED_ARTICLE_DATE,
  WITKOFF,
  type ApiTestServer,
} from './client.ts';

describe('client contract (operations.graphql)', () => {
  let graph: Graph;
  let server: ApiTestServer;

  beforeAll(async () => {
    graph = testGraph();
    await seedGraph(graph);
    server = await apiServer(graph);
  });

  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it('test/operations/contract.graphql is an exact copy of the shared contract and of the playground copy', () => {
    const copy = fs.readFileSync(path.join(ROOT, 'test/operations/contract.graphql'), 'utf8');
    expect(fs.readFileSync(path.join(ROOT, 'src/api/playground/operations.graphql'), 'utf8')).toBe(copy);
    const shared = path.join(ROOT, '..', 'shared', 'design', 'operations.graphql');
    if (fs.existsSync(shared)) expect(fs.readFileSync(shared, 'utf8')).toBe(copy);
  });

  it('runs every contract operation without errors', async () => {
    const runs = [
      server.op(PeopleDocument, {}),
      server.op(SearchDocument, { text: 'netanyahu' }),
      server.op(ArticlesDocument, {}),
      server.op(SaidByDocument, { id: NETANYAHU }),
      server.op(EventsOfDocument, { id: ICC }),
      server.op(TimelineDocument, { id: NETANYAHU }),
      server.op(AroundDocument, { id: ISRAEL }),
      server.op(BetweenDocument, { from: HAMAS, to: WITKOFF }),
    ];
    for (const res of await Promise.all(runs)) {
      expect(res.errors).toBeUndefined();
      expect(res.data).toBeTruthy();
    }
  });

  it('SaidBy: Netanyahu made at least 4 statements, each evidence span slicing the article to its text', async () => {
    const { entity } = await server.ok(SaidByDocument, { id: NETANYAHU });
    expect(entity?.name).toBe('Benjamin Netanyahu');
    const said = entity!.said;
    expect(said.totalCount).toBeGreaterThanOrEqual(4);
    expect(said.edges).toHaveLength(said.totalCount);
    const texts = new Map<string, string>();
    for (const { node } of said.edges) {
      const articleId = node.evidence.article!.id;
      if (!texts.has(articleId))
        texts.set(articleId, (await server.ok(ArticleTextDocument, { id: articleId })).article!.text);
      expect(texts.get(articleId)!.slice(node.evidence.start, node.evidence.end)).toBe(node.text);
      expect(['direct', 'indirect', 'mixed']).toContain(node.kind);
    }
    expect(said.edges.some((e) => e.node.text.includes('It is too soon to give people hope'))).toBe(true);
  });

  it('EventsOf: the ICC issued an ArrestWarrant with Netanyahu as its target', async () => {
    const { events } = await server.ok(EventsOfDocument, { id: ICC });
    expect(events.totalCount).toBe(events.edges.length);
    const warrant = events.edges.map((e) => e.node).find((n) => n.type === 'ArrestWarrant');
    expect(warrant).toBeDefined();
    expect(warrant!.date).toBe('2024-11');
    expect(warrant!.participants).toEqual(
      expect.arrayContaining([
        { role: 'target', entity: { id: NETANYAHU, name: 'Benjamin Netanyahu', __typename: 'Person' } },
        { role: 'court', entity: { id: ICC, name: 'International Criminal Court', __typename: 'Court' } },
      ]),
    );
    // Every event listed has the ICC among its participants.
    for (const e of events.edges) expect(e.node.participants.map((p) => p.entity.id)).toContain(ICC);
  });

  it('Between: Hamas and Steve Witkoff are joined by closed paths, shortest first', async () => {
    const { paths } = await server.ok(BetweenDocument, { from: HAMAS, to: WITKOFF });
    expect(paths.length).toBeGreaterThanOrEqual(1);
    expect(paths.length).toBeLessThanOrEqual(5);
    for (const p of paths) {
      expect(closed(p)).toBe(true);
      expect(p.edges).toHaveLength(p.length);
      expect(p.nodes).toHaveLength(p.length + 1);
      expect(p.nodes[0].id).toBe(HAMAS);
      expect(p.nodes[p.nodes.length - 1].id).toBe(WITKOFF);
      expect(p.length).toBeLessThanOrEqual(4);
      // Consecutive nodes are joined by the edge between them, in either direction.
      p.edges.forEach((e, i) => expect([e.source, e.target].sort()).toEqual([p.nodes[i].id, p.nodes[i + 1].id].sort()));
    }
    const lengths = paths.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    // The best path goes through a fact (the statement about both), not only a shared article.
    expect(paths[0].edges.map((e) => e.type)).toEqual(['ABOUT', 'ABOUT']);
  });

  it('Timeline: Netanyahu’s statements and events come in date order', async () => {
    const { timeline } = await server.ok(TimelineDocument, { id: NETANYAHU });
    const items = timeline.edges.map((e) => e.node);
    expect(items.length).toBeGreaterThanOrEqual(6);
    expect(new Set(items.map((i) => i.__typename))).toEqual(new Set(['Statement', 'Event']));
    // Undated facts sort by their article's date (the seed's publication date).
    const keys = items.map((i) => i.date ?? SEED_ARTICLE_DATE);
    expect(keys).toEqual([...keys].sort());
    expect(items[0]).toMatchObject({ __typename: 'Event', type: 'ArrestWarrant', date: '2024-11' });
  });

  it('Around: Israel’s neighbourhood is a closed subgraph of entities, facts and articles', async () => {
    const { neighbourhood } = await server.ok(AroundDocument, { id: ISRAEL });
    expect(neighbourhood.nodes[0]).toEqual({ id: ISRAEL, label: 'Israel', type: 'Country' });
    expect(neighbourhood.nodes.length).toBeLessThanOrEqual(300);
    expect(new Set(neighbourhood.nodes.map((n) => n.id)).size).toBe(neighbourhood.nodes.length);
    expect(new Set(neighbourhood.edges.map((e) => e.id)).size).toBe(neighbourhood.edges.length);
    expect(closed(neighbourhood)).toBe(true);
    const types = new Set(neighbourhood.nodes.map((n) => n.type));
    for (const t of ['Article', 'Statement', 'Event', 'Person']) expect(types).toContain(t);
    // Two hops from Israel: its office holders (HOLDS_ROLE) and what they said.
    const ids = neighbourhood.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['person:gideon-saar', NETANYAHU, 'organisation:israeli-army']));
  });

  it('People and Search answer as before', async () => {
    const { entities } = await server.ok(PeopleDocument, { first: 2 });
    expect(entities.totalCount).toBe(4);
    expect(entities.edges).toHaveLength(2);
    expect(entities.pageInfo.hasNextPage).toBe(true);
    const { search } = await server.ok(SearchDocument, { text: 'witkoff' });
    expect(search.map((e) => e.id)).toEqual([WITKOFF]);
  });

  it('every playground tab (contract operations and analyst questions) runs on the seeded graph', async () => {
    const tabs = exampleTabs();
    expect(tabs.length).toBeGreaterThanOrEqual(20);
    for (const tab of tabs) {
      const res = await server.query(tab.query, tab.variables ? JSON.parse(tab.variables) : {});
      expect(res.errors, tab.query.split('\n')[0]).toBeUndefined();
    }
    const who = tabs.find((t) => t.query.startsWith('query WhoSaidWhatAbout'))!;
    const answer = await server.query<{ statements: { totalCount: number } }>(who.query, JSON.parse(who.variables!));
    expect(answer.data!.statements.totalCount).toBeGreaterThanOrEqual(1);
  });
});
