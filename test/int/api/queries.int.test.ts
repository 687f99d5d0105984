// The read API beyond the contract: filters, relation fields, walks and counts, over HTTP
// against the seeded graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/driver.ts';
import {
  ArticlesMentioningDocument,
  CoMentionsOfDocument,
  EntityRelationsDocument,
  FindEventsDocument,
  FindStatementsDocument,
  GraphStatsDocument,
  NeighbourhoodDocument,
  PathsDocument,
  PeopleByQuotesDocument,
  ReviewQueueDocument,
  StatementEvidenceDocument,
  StatementsReportingDocument,
  TimelineRangeDocument,
} from '../../generated/graphql.ts';
import { seedGraph, testGraph } from '../helpers.ts';
import { apiServer, closed, HAMAS, ICC, ISRAEL, NETANYAHU, WITKOFF, type ApiTestServer } from './client.ts';

const ICJ = 'court:international-court-of-justice';
const SAAR = 'person:gideon-saar';

describe('read API', () => {
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

  describe('statements(filter)', () => {
    it('filters by speaker and pages with cursors, without overlap', async () => {
      const all = await server.ok(FindStatementsDocument, { filter: { speaker: NETANYAHU }, first: 100 });
      expect(all.statements.totalCount).toBeGreaterThanOrEqual(4);
      expect(all.statements.edges.every((e) => e.node.speaker?.id === NETANYAHU)).toBe(true);
      const first = await server.ok(FindStatementsDocument, { filter: { speaker: NETANYAHU }, first: 2 });
      expect(first.statements.pageInfo.hasNextPage).toBe(true);
      const next = await server.ok(FindStatementsDocument, {
        filter: { speaker: NETANYAHU },
        first: 2,
        after: first.statements.pageInfo.endCursor,
      });
      const ids = [...first.statements.edges, ...next.statements.edges].map((e) => e.node.id);
      expect(new Set(ids).size).toBe(4);
      expect(ids).toEqual(all.statements.edges.slice(0, 4).map((e) => e.node.id));
    });

    it('filters by kind, text, about and date range', async () => {
      const direct = await server.ok(FindStatementsDocument, { filter: { kind: 'direct' } });
      expect(direct.statements.totalCount).toBeGreaterThan(0);
      expect(direct.statements.edges.every((e) => e.node.kind === 'direct')).toBe(true);

      const progress = await server.ok(FindStatementsDocument, { filter: { text: 'progress' } });
      expect(progress.statements.edges.every((e) => /progress/i.test(e.node.text))).toBe(true);
      expect(progress.statements.edges.map((e) => e.node.speaker?.id)).toEqual(
        expect.arrayContaining([NETANYAHU, SAAR]),
      );

      const aboutWitkoff = await server.ok(FindStatementsDocument, { filter: { about: WITKOFF } });
      expect(aboutWitkoff.statements.totalCount).toBeGreaterThanOrEqual(1);
      expect(aboutWitkoff.statements.edges.every((e) => e.node.about.some((a) => a.id === WITKOFF))).toBe(true);

      const all = await server.ok(FindStatementsDocument, { first: 100 });
      const june10 = await server.ok(FindStatementsDocument, {
        filter: { from: '2025-06-10', to: '2025-06-10' },
        first: 100,
      });
      const before = await server.ok(FindStatementsDocument, { filter: { to: '2025-06-09' }, first: 100 });
      expect(june10.statements.totalCount + before.statements.totalCount).toBe(all.statements.totalCount);
      expect(before.statements.edges.every((e) => (e.node.date ?? '') <= '2025-06-09')).toBe(true);
      const none = await server.ok(FindStatementsDocument, { filter: { from: '2026' } });
      expect(none.statements.totalCount).toBe(0);
    });

    it('accordingTo and speaker filters combine', async () => {
      const res = await server.ok(FindStatementsDocument, { filter: { speaker: NETANYAHU, accordingTo: HAMAS } });
      expect(res.statements.totalCount).toBe(0);
    });
  });

  describe('events(filter)', () => {
    it('filters by type, types, role, court and dates', async () => {
      const warrants = await server.ok(FindEventsDocument, { filter: { type: 'ArrestWarrant' } });
      expect(warrants.events.totalCount).toBeGreaterThanOrEqual(1);
      const warrant = warrants.events.edges[0].node;
      expect(warrant).toMatchObject({ type: 'ArrestWarrant', date: '2024-11', datePrecision: 'month' });
      expect(warrant.charges).toEqual(expect.arrayContaining(['war crimes', 'crimes against humanity']));
      expect(warrant.evidence.text).toBe('arrest warrants');

      const courtEvents = await server.ok(FindEventsDocument, { filter: { role: 'court' } });
      expect(courtEvents.events.edges.map((e) => e.node.type)).toEqual(
        expect.arrayContaining(['ArrestWarrant', 'LegalCase']),
      );
      const icj = await server.ok(FindEventsDocument, { filter: { court: ICJ } });
      expect(icj.events.edges.map((e) => e.node.type)).toEqual(['LegalCase']);

      const targeted = await server.ok(FindEventsDocument, { filter: { participant: NETANYAHU, role: 'target' } });
      for (const e of targeted.events.edges)
        expect(e.node.participants).toContainEqual({ role: 'target', entity: { id: NETANYAHU } });
      const agent = await server.ok(FindEventsDocument, { filter: { participant: ICC, role: 'agent' } });
      expect(agent.events.totalCount).toBe(0);

      const in2024 = await server.ok(FindEventsDocument, { filter: { from: '2024-01-01', to: '2024-12' } });
      expect(in2024.events.edges.map((e) => e.node.type)).toEqual(['ArrestWarrant']);
      // A month-precision date overlaps a day range inside it.
      const mid = await server.ok(FindEventsDocument, { filter: { from: '2024-11-15', to: '2024-11-20' } });
      expect(mid.events.edges.map((e) => e.node.type)).toEqual(['ArrestWarrant']);

      const several = await server.ok(FindEventsDocument, { filter: { types: ['ArrestWarrant', 'LegalCase'] } });
      expect(new Set(several.events.edges.map((e) => e.node.type))).toEqual(new Set(['ArrestWarrant', 'LegalCase']));
    });

    it('reports quantities with their qualifier', async () => {
      const attacks = await server.ok(FindEventsDocument, { filter: { type: 'Attack' } });
      const quantities = attacks.events.edges.flatMap((e) => e.node.quantities);
      expect(quantities).toContainEqual(expect.objectContaining({ value: 55000, qualifier: 'nearly' }));
    });
  });

  describe('relation fields of an entity', () => {
    it('Netanyahu: statements, roles with evidence, events as target, articles, co-mentions, connections', async () => {
      const { entity } = await server.ok(EntityRelationsDocument, { id: NETANYAHU });
      expect(entity).not.toBeNull();
      const e = entity!;
      expect(e.statementCount).toBe(e.said.totalCount);
      expect(e.said.totalCount).toBeGreaterThanOrEqual(4);
      expect(e.statementsAbout.totalCount).toBeGreaterThanOrEqual(1);
      expect(e.events.edges.map((x) => x.node.type)).toEqual(expect.arrayContaining(['ArrestWarrant']));
      expect(e.roles).toContainEqual(
        expect.objectContaining({
          title: 'Prime Minister',
          current: true,
          of: { id: ISRAEL },
          holder: { id: NETANYAHU },
        }),
      );
      const pm = e.roles.find((r) => r.title === 'Prime Minister')!;
      expect(pm.evidence?.text).toContain('Prime Minister');
      expect(e.articles.totalCount).toBe(1);
      expect(e.coMentions.length).toBe(5);
      expect(e.coMentions.map((c) => c.entity.id)).not.toContain(NETANYAHU);
      expect(e.connections.nodes[0]).toEqual({ id: NETANYAHU, type: 'Person' });
      expect(e.connections.nodes.length).toBeLessThanOrEqual(21);
      expect(closed(e.connections)).toBe(true);
    });

    it('Israel: its office holders', async () => {
      const { entity } = await server.ok(EntityRelationsDocument, { id: ISRAEL });
      const holders = entity!.roleHolders.map((r) => `${r.holder.name}: ${r.title}`);
      expect(holders).toEqual(
        expect.arrayContaining(['Benjamin Netanyahu: Prime Minister', 'Gideon Saar: Foreign Minister']),
      );
      expect(entity!.roles).toEqual([]);
    });

    it('evidence of a statement carries the article, sentence, confidence and extractor', async () => {
      const { entity } = await server.ok(StatementEvidenceDocument, { id: NETANYAHU });
      for (const { node } of entity!.said.edges) {
        expect(node.evidence.text).toBe(node.text);
        expect(node.evidence.sentence).toBeGreaterThanOrEqual(0);
        expect(node.evidence.confidence).toBeGreaterThan(0);
        expect(node.evidence.extractor).toMatch(/^newsgraph-extract\//);
      }
    });
  });

  it('a statement is about the events told in what was said (ABOUT to an Event)', async () => {
    const { statements } = await server.ok(StatementsReportingDocument, { text: 'hostages remain' });
    const node = statements.edges.map((e) => e.node).find((n) => /^that 56 hostages remain/.test(n.text));
    expect(node?.aboutEvents.map((e) => [e.type, e.label])).toEqual([['Detention', 'hostages']]);
    expect(node?.aboutEvents[0].participants.map((p) => p.entity.id)).toContain('place:gaza');
    // A statement that tells no event reports none.
    const hope = await server.ok(StatementsReportingDocument, { text: 'too soon hope' });
    expect(hope.statements.edges.length).toBeGreaterThan(0);
    for (const { node: n } of hope.statements.edges) expect(n.aboutEvents).toEqual([]);
  });

  it('timeline: date range and paging', async () => {
    const all = await server.ok(TimelineRangeDocument, { id: NETANYAHU, first: 100 });
    const later = await server.ok(TimelineRangeDocument, { id: NETANYAHU, from: '2025', first: 100 });
    const earlier = await server.ok(TimelineRangeDocument, { id: NETANYAHU, to: '2024', first: 100 });
    expect(earlier.timeline.edges.map((e) => e.node.date)).toEqual(['2024-11']);
    expect(later.timeline.totalCount + earlier.timeline.totalCount).toBe(all.timeline.totalCount);
    const page1 = await server.ok(TimelineRangeDocument, { id: NETANYAHU, first: 3 });
    const page2 = await server.ok(TimelineRangeDocument, {
      id: NETANYAHU,
      first: 3,
      after: page1.timeline.pageInfo.endCursor,
    });
    expect([...page1.timeline.edges, ...page2.timeline.edges].map((e) => e.node.id)).toEqual(
      all.timeline.edges.slice(0, 6).map((e) => e.node.id),
    );
  });

  it('neighbourhood: depth and limit bound a closed subgraph, from any kind of node', async () => {
    const small = await server.ok(NeighbourhoodDocument, { id: HAMAS, depth: 1, limit: 4 });
    expect(small.neighbourhood.nodes).toHaveLength(4);
    expect(closed(small.neighbourhood)).toBe(true);
    const wide = await server.ok(NeighbourhoodDocument, { id: HAMAS, depth: 3, limit: 400 });
    expect(closed(wide.neighbourhood)).toBe(true);
    expect(wide.neighbourhood.nodes.length).toBeGreaterThan(small.neighbourhood.nodes.length);
    const participant = wide.neighbourhood.edges.find((e) => e.type === 'PARTICIPANT');
    expect(participant?.properties).toHaveProperty('role', participant?.label);
    const statementId = wide.neighbourhood.nodes.find((n) => n.type === 'Statement')!.id;
    const around = await server.ok(NeighbourhoodDocument, { id: statementId, depth: 1, limit: 50 });
    expect(around.neighbourhood.nodes[0]).toMatchObject({ id: statementId, type: 'Statement' });
    expect(around.neighbourhood.nodes.map((n) => n.type)).toContain('Article');
    expect(closed(around.neighbourhood)).toBe(true);
  });

  it('paths: maxLength bounds the answer', async () => {
    const direct = await server.ok(PathsDocument, { from: HAMAS, to: WITKOFF, maxLength: 1 });
    expect(direct.paths).toEqual([]);
    const many = await server.ok(PathsDocument, { from: HAMAS, to: WITKOFF, maxLength: 3, limit: 20 });
    expect(many.paths.length).toBeGreaterThan(1);
    expect(many.paths.every((p) => p.length <= 3 && closed(p))).toBe(true);
    // All of the shortest length, those through facts before those through shared articles.
    expect(new Set(many.paths.map((p) => p.length)).size).toBe(1);
    const viaArticles = many.paths.map(
      (p) => p.edges.filter((e) => e.type === 'MENTIONED_IN' || e.type === 'IN').length,
    );
    expect(viaArticles).toEqual([...viaArticles].sort((a, b) => a - b));
    expect(viaArticles[0]).toBeLessThan(viaArticles[viaArticles.length - 1]);
    const viaCourt = await server.ok(PathsDocument, { from: ICC, to: NETANYAHU, maxLength: 2, limit: 1 });
    expect(viaCourt.paths[0].edges.map((e) => e.label)).toEqual(['court', 'target']);
  });

  it('coMentions, most quoted people, articles mentioning X and Y', async () => {
    const co = await server.ok(CoMentionsOfDocument, { id: HAMAS, first: 3 });
    expect(co.coMentions).toHaveLength(3);
    expect(co.coMentions.every((c) => c.weight === 1)).toBe(true);
    const quoted = await server.ok(PeopleByQuotesDocument, { first: 4 });
    const counts = quoted.entities.edges.map((e) => e.node.statementCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(quoted.entities.edges[0].node.id).toBe(NETANYAHU);
    const both = await server.ok(ArticlesMentioningDocument, { ids: [HAMAS, WITKOFF] });
    expect(both.articles.totalCount).toBe(1);
    const neither = await server.ok(ArticlesMentioningDocument, { ids: [HAMAS, 'person:nobody'] });
    expect(neither.articles.totalCount).toBe(0);
  });

  it('stats agree with the lists, and the review queue answers', async () => {
    const { stats } = await server.ok(GraphStatsDocument);
    const statements = await server.ok(FindStatementsDocument, { first: 1 });
    const events = await server.ok(FindEventsDocument, { first: 1 });
    expect(stats.articles).toBe(1);
    expect(stats.statements).toBe(statements.statements.totalCount);
    expect(stats.events).toBe(events.events.totalCount);
    expect(stats.entitiesByType.reduce((n, c) => n + c.count, 0)).toBe(stats.entities);
    expect(stats.statementsByKind.reduce((n, c) => n + c.count, 0)).toBe(stats.statements);
    expect(stats.lastIngestedAt).toMatch(/^\d{4}-/);
    const { possiblySame } = await server.ok(ReviewQueueDocument);
    expect(possiblySame.totalCount).toBe(stats.possiblySamePairs);
  });
});
