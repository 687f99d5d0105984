// Entity curation: merging keeps every provenance link; splitting an alias moves the
// mentions and statements written that way to a new entity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/driver.ts';
import {
  EntityRelationsDocument,
  FindEventsDocument,
  MergeEntitiesDocument,
  SplitAliasDocument,
} from '../../generated/graphql.ts';
import { seedGraph, testGraph } from '../helpers.ts';
import { apiServer, NETANYAHU, type ApiTestServer } from './client.ts';

const OPPOSITION = 'group:israeli-opposition';
const FAMILIES = 'group:families-of-the-hostages';

/** Relationships touching an entity, by type and direction, with the other end's id. */
async function links(graph: Graph, id: string): Promise<string[]> {
  const rows = await graph.run(
    `MATCH (e:Entity {id: $id})-[r]-(x)
     RETURN CASE WHEN startNode(r) = e THEN '->' ELSE '<-' END + type(r) + ' ' + x.id + ' ' + coalesce(r.role, '') AS link`,
    { id },
  );
  return rows.map((r) => r.link as string).sort();
}

describe('curation', () => {
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

  it('mergeEntities moves every link of the merged entity onto the kept one', async () => {
    const keepLinks = await links(graph, OPPOSITION);
    const mergeLinks = await links(graph, FAMILIES);
    expect(mergeLinks.length).toBeGreaterThan(0);
    const families = (await server.ok(EntityRelationsDocument, { id: FAMILIES })).entity!;
    const opposition = (await server.ok(EntityRelationsDocument, { id: OPPOSITION })).entity!;

    const { mergeEntities } = await server.ok(MergeEntitiesDocument, { keepId: OPPOSITION, mergeId: FAMILIES });
    expect(mergeEntities.entity).toMatchObject({ id: OPPOSITION, name: 'Israeli opposition' });
    expect(mergeEntities.entity.aliases).toContain('families of the hostages');
    expect(mergeEntities.moved).toBeGreaterThanOrEqual(mergeLinks.length - 1);

    // Every link the merged entity had is now the kept one's (duplicates collapse into one).
    expect(await links(graph, OPPOSITION)).toEqual([...new Set([...keepLinks, ...mergeLinks])].sort());
    expect((await server.ok(EntityRelationsDocument, { id: FAMILIES })).entity).toBeNull();

    const merged = (await server.ok(EntityRelationsDocument, { id: OPPOSITION })).entity!;
    expect(merged.said.totalCount).toBe(opposition.said.totalCount + families.said.totalCount);
    expect(merged.statementsAbout.totalCount).toBe(
      opposition.statementsAbout.totalCount + families.statementsAbout.totalCount,
    );
    expect(merged.articles.totalCount).toBe(1);
    expect(mergeEntities.entity.mentionCount).toBe(2);
    const [mentions] = await graph.run(
      `MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->(a:Article) RETURN m.count AS count, [i IN range(0, size(m.starts) - 1) | substring(a.text, m.starts[i], m.ends[i] - m.starts[i])] AS texts`,
      { id: OPPOSITION },
    );
    expect(mentions).toEqual({ count: 2, texts: ['Israeli opposition', 'families of the hostages'] });
    // The accusation keeps one agent where there were two.
    const accusations = await server.ok(FindEventsDocument, {
      filter: { type: 'Accusation', participant: OPPOSITION },
    });
    expect(accusations.events.totalCount).toBe(1);
    expect(accusations.events.edges[0].node.participants.filter((p) => p.entity.id === OPPOSITION)).toEqual([
      { role: 'agent', entity: { id: OPPOSITION } },
    ]);
  });

  it('mergeEntities refuses one entity twice and unknown ids', async () => {
    const same = await server.op(MergeEntitiesDocument, { keepId: OPPOSITION, mergeId: OPPOSITION });
    expect(same.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await server.op(MergeEntitiesDocument, { keepId: OPPOSITION, mergeId: 'group:nobody' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0].message).toContain('group:nobody');
  });

  it('splitAlias makes a new entity of the alias, with the mentions and statements written that way', async () => {
    const before = (await server.ok(EntityRelationsDocument, { id: NETANYAHU })).entity!;
    expect(before.said.totalCount).toBeGreaterThanOrEqual(4);
    const [{ mentions }] = await graph.run('MATCH (e:Entity {id: $id}) RETURN e.mentionCount AS mentions', {
      id: NETANYAHU,
    });
    const { splitAlias } = await server.ok(SplitAliasDocument, { entityId: NETANYAHU, alias: 'Netanyahu' });
    expect(splitAlias.created).toMatchObject({ id: 'person:netanyahu', name: 'Netanyahu', __typename: 'Person' });
    expect(splitAlias.entity.aliases).not.toContain('Netanyahu');
    expect(splitAlias.movedMentions).toBeGreaterThanOrEqual(1);
    expect(splitAlias.entity.mentionCount + splitAlias.created.mentionCount).toBe(mentions);
    expect(splitAlias.created.statementCount).toBe(splitAlias.movedStatements);
    const after = (await server.ok(EntityRelationsDocument, { id: NETANYAHU })).entity!;
    expect(after.said.totalCount + splitAlias.movedStatements).toBe(before.said.totalCount);
    // Every mention left on the original reads "Benjamin Netanyahu"; the moved ones "Netanyahu".
    const rows = await graph.run(
      `MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article) WHERE e.id IN $ids
       RETURN e.id AS id, [i IN range(0, size(m.starts) - 1) | substring(a.text, m.starts[i], m.ends[i] - m.starts[i])] AS texts`,
      { ids: [NETANYAHU, 'person:netanyahu'] },
    );
    const texts = Object.fromEntries(rows.map((r) => [r.id, new Set(r.texts as string[])]));
    expect(texts['person:netanyahu']).toEqual(new Set(['Netanyahu']));
    expect(texts[NETANYAHU]).not.toContain('Netanyahu');
  });

  it('splitAlias refuses a name that is not an alias, and an unknown entity', async () => {
    const notAlias = await server.op(SplitAliasDocument, { entityId: NETANYAHU, alias: 'Bibi' });
    expect(notAlias.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(notAlias.errors?.[0].message).toContain('Bibi');
    const unknown = await server.op(SplitAliasDocument, { entityId: 'person:nobody', alias: 'X' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
