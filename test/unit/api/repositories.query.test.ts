// Query tests: the Cypher and parameters the read and curation repositories produce. User
// values only ever travel as parameters; integers as Neo4j integers; relationship types and
// labels come from allow-lists.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { CurationError, CurationRepository } from '../../../src/graph/curation.repository.ts';
import { EntityRepository } from '../../../src/graph/entity.repository.ts';
import { EventRepository } from '../../../src/graph/event.repository.ts';
import { StatementRepository } from '../../../src/graph/statement.repository.ts';
import { WalkRepository } from '../../../src/graph/walk.repository.ts';
import { fakeGraph, relationshipTypes } from './fake-graph.ts';

const HOSTILE = "x'}) DETACH DELETE n //";
const MODEL_TYPES = new Set([
  'MENTIONED_IN',
  'SAID',
  'ABOUT',
  'ACCORDING_TO',
  'PARTICIPANT',
  'IN',
  'HOLDS_ROLE',
  'PART_OF',
  'POSSIBLY_SAME_AS',
]);

describe('statement queries', () => {
  it('pass every filter as a parameter, page sizes as integers', async () => {
    const { graph, calls } = fakeGraph(() => [{ total: 0, items: [] }]);
    await new StatementRepository(graph).list(
      { speaker: HOSTILE, about: HOSTILE, text: HOSTILE, from: '2024', kind: 'direct' },
      { first: 5, offset: 10 },
    );
    const [{ query, params }] = calls;
    expect(query).not.toContain(HOSTILE);
    expect(query).toContain("db.index.fulltext.queryNodes('statement_text', $q)");
    expect(params).toMatchObject({
      speaker: HOSTILE,
      about: HOSTILE,
      kind: 'direct',
      from: '2024',
      to: null,
      accordingTo: null,
    });
    expect(params.q).toContain("x'\\}\\)*"); // Lucene-escaped, still a parameter
    expect(neo4j.isInt(params.first) && neo4j.isInt(params.offset)).toBe(true);
    expect(Number(params.offset)).toBe(10);
  });

  it('anchor on the speaker when there is no text', async () => {
    const { graph, calls } = fakeGraph(() => [{ total: 0, items: [] }]);
    await new StatementRepository(graph).list({ speaker: 'person:a' }, { first: 5, offset: 0 });
    expect(calls[0].query).toContain('MATCH (:Entity {id: $speaker})-[:SAID]->(s:Statement)');
  });

  it('batch the statements of many entities in one query', async () => {
    const { graph, calls } = fakeGraph(() => [
      { id: 'a', total: 1, items: [{ id: 's1' }] },
      { id: 'b', total: 0, items: [] },
    ]);
    const pages = await new StatementRepository(graph).saidBy(['a', 'b', 'a'], { first: 3, offset: 0 });
    expect(calls).toHaveLength(1);
    expect(calls[0].params.ids).toEqual(['a', 'b']);
    expect(pages.get('a')).toEqual({ items: [{ id: 's1' }], totalCount: 1, offset: 0 });
  });
});

describe('event queries', () => {
  it('switch absent filters off with null parameters and zip quantities', async () => {
    const { graph, calls } = fakeGraph(() => [
      {
        total: 1,
        items: [
          {
            id: 'e',
            fact: 'Event',
            counts: [55000, 3],
            countUnits: ['palestinian', 'day'],
            countQualifiers: ['nearly', ''],
            participants: [
              { role: 'target', entity: { id: 'b', name: 'B' } },
              { role: 'agent', entity: { id: 'a', name: 'A' } },
            ],
          },
        ],
      },
    ]);
    const page = await new EventRepository(graph).list({ types: [] }, { first: 5, offset: 0 });
    expect(calls[0].params).toMatchObject({ types: null, participant: null, role: null, court: null });
    expect(page.items[0].quantities).toEqual([
      { value: 55000, unit: 'palestinian', qualifier: 'nearly' },
      { value: 3, unit: 'day', qualifier: null },
    ]);
    expect(page.items[0].participants.map((p) => p.role)).toEqual(['agent', 'target']);
  });
});

describe('events a statement reports', () => {
  it('batch many statements in one query, each id once, reading only Event nodes', async () => {
    const { graph, calls } = fakeGraph(() => [
      {
        id: 's1',
        evs: [
          { id: 'e1', fact: 'Event', counts: [56], countUnits: ['hostage'], countQualifiers: [''], participants: [] },
        ],
      },
      { id: 's2', evs: [] },
    ]);
    const reported = await new EventRepository(graph).reportedBy(['s1', 's2', 's1']);
    expect(calls).toHaveLength(1);
    expect(calls[0].params.ids).toEqual(['s1', 's2']);
    expect(calls[0].query).toContain('(s)-[:ABOUT]->(ev:Event)');
    expect(reported.get('s1')?.map((e) => [e.id, e.quantities])).toEqual([
      ['e1', [{ value: 56, unit: 'hostage', qualifier: null }]],
    ]);
    expect(reported.get('s2')).toEqual([]);
    expect(await new EventRepository(graph).reportedBy([])).toEqual(new Map());
    expect(calls).toHaveLength(1);
  });
});

describe('walks', () => {
  it('take path length as a literal whole number from 1 to 6 and refuse anything else', async () => {
    const { graph, calls } = fakeGraph(() => [{ fromFound: true, toFound: true, paths: [] }]);
    const walks = new WalkRepository(graph);
    await walks.paths(HOSTILE, 'b', 3, 5);
    expect(calls[0].query).toContain('*1..3]-(b)');
    expect(calls[0].query).not.toContain(HOSTILE);
    await expect(walks.paths('a', 'b', 7, 5)).rejects.toThrow(RangeError);
    await expect(walks.paths('a', 'b', 0, 5)).rejects.toThrow(RangeError);
    await expect(walks.paths('a', 'b', 2.5, 5)).rejects.toThrow(RangeError);
    await expect(walks.neighbourhood('a', 4, 5)).rejects.toThrow(RangeError);
    expect(relationshipTypes(calls[0].query).every((t) => MODEL_TYPES.has(t))).toBe(true);
  });

  it('report the ids that match no node', async () => {
    const { graph } = fakeGraph(() => [{ fromFound: true, toFound: false, paths: [] }]);
    expect(await new WalkRepository(graph).paths('a', 'b', 2, 5)).toEqual({ paths: [], missing: ['b'] });
  });

  it('send depth and limit as integers', async () => {
    const { graph, calls } = fakeGraph(() => []);
    expect(await new WalkRepository(graph).neighbourhood('a', 2, 300)).toBeUndefined();
    expect(neo4j.isInt(calls[0].params.depth) && neo4j.isInt(calls[0].params.limit)).toBe(true);
  });
});

describe('entity lists', () => {
  it('sort only by an allow-listed order', async () => {
    const { graph, calls } = fakeGraph(() => [{ total: 0, items: [] }]);
    const repo = new EntityRepository(graph);
    await repo.list({}, 5, 0, 'statements');
    expect(calls[0].query).toContain('COUNT { (e)-[:SAID]->() } DESC');
    await expect(repo.list({}, 5, 0, 'name; DROP' as never)).rejects.toThrow(RangeError);
  });
});

describe('curation', () => {
  const found = (query: string) =>
    query.includes('e IS NOT NULL AS found')
      ? [
          { id: 'keep', found: true },
          { id: 'merge', found: true },
        ]
      : [{ moved: 1, types: [], aliases: [] }];

  it('merge moves only allow-listed relationship types, in one write transaction', async () => {
    const { graph, calls } = fakeGraph(found);
    const writes: unknown[] = [];
    const g = graph as unknown as { write: (w: unknown) => unknown };
    const write = g.write;
    g.write = (w) => {
      writes.push(w);
      return write(w);
    };
    await new CurationRepository(graph).merge(HOSTILE, 'merge');
    expect(writes).toHaveLength(1);
    for (const { query, params } of calls) {
      expect(query).not.toContain(HOSTILE);
      for (const t of relationshipTypes(query)) expect(MODEL_TYPES.has(t), `${t} in ${query}`).toBe(true);
      if ('keepId' in params) expect(params.keepId).toBe(HOSTILE);
    }
    const moved = new Set(calls.flatMap((c) => relationshipTypes(c.query)));
    for (const t of [
      'MENTIONED_IN',
      'SAID',
      'ABOUT',
      'ACCORDING_TO',
      'PARTICIPANT',
      'HOLDS_ROLE',
      'PART_OF',
      'POSSIBLY_SAME_AS',
    ]) {
      expect(moved).toContain(t);
    }
  });

  it('merge refuses one entity twice before touching the graph', async () => {
    const { graph, calls } = fakeGraph();
    await expect(new CurationRepository(graph).merge('a', 'a')).rejects.toBeInstanceOf(CurationError);
    expect(calls).toHaveLength(0);
  });

  it('merge stops when the merged entity keeps a relationship it cannot move', async () => {
    const { graph } = fakeGraph((q) =>
      q.includes('AS found')
        ? [
            { id: 'k', found: true },
            { id: 'm', found: true },
          ]
        : q.includes('collect(DISTINCT type(r))')
          ? [{ types: ['LIKES'] }]
          : [{ moved: 0 }],
    );
    await expect(new CurationRepository(graph).merge('k', 'm')).rejects.toThrow(/LIKES/);
  });

  it('split labels the new entity from the allow-list and passes the alias as a parameter', async () => {
    const { graph, calls } = fakeGraph((q) =>
      q.includes('AS taken') ? [{ type: 'Court', aliases: [HOSTILE], taken: false }] : [{ moved: 0 }],
    );
    await new CurationRepository(graph).splitAlias('court:x', HOSTILE, 'court:y');
    expect(calls.some((c) => c.query.includes('CREATE (n:Entity:Court:Organisation'))).toBe(true);
    expect(calls.every((c) => !c.query.includes(HOSTILE))).toBe(true);
  });
});
