// Every constraint and index that cypher/schema.cypher declares exists, online, after
// applySchema, with the labels and properties it names; applying the schema again is harmless.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/driver.ts';
import { applySchema, schemaStatements } from '../../../src/graph/schema.ts';
import { resetGraph, testGraph } from '../helpers.ts';

interface Declared {
  name: string;
  kind: 'constraint' | 'index';
  type: string;
  entityType: 'NODE' | 'RELATIONSHIP';
  labelsOrTypes: string[];
  properties: string[];
}

const props = (list: string) => list.split(',').map((p) => p.trim().replace(/^\w+\./, ''));

/** What a schema.cypher statement declares; a statement of an unknown shape fails the test. */
function declared(statement: string): Declared {
  const s = statement.replace(/\s+/g, ' ').trim();
  let m = /^CREATE CONSTRAINT (\w+) IF NOT EXISTS FOR \(\w+:(\w+)\) REQUIRE \(?([\w., ]+?)\)? IS UNIQUE$/.exec(s);
  if (m)
    return {
      name: m[1],
      kind: 'constraint',
      type: 'UNIQUENESS',
      entityType: 'NODE',
      labelsOrTypes: [m[2]],
      properties: props(m[3]),
    };
  m = /^CREATE (?:RANGE )?INDEX (\w+) IF NOT EXISTS FOR \(\w+:(\w+)\) ON \(([\w., ]+)\)$/.exec(s);
  if (m)
    return {
      name: m[1],
      kind: 'index',
      type: 'RANGE',
      entityType: 'NODE',
      labelsOrTypes: [m[2]],
      properties: props(m[3]),
    };
  m = /^CREATE (?:RANGE )?INDEX (\w+) IF NOT EXISTS FOR \(\)-\[\w+:(\w+)\]-(?:>)?\(\) ON \(([\w., ]+)\)$/.exec(s);
  if (m)
    return {
      name: m[1],
      kind: 'index',
      type: 'RANGE',
      entityType: 'RELATIONSHIP',
      labelsOrTypes: [m[2]],
      properties: props(m[3]),
    };
  m = /^CREATE FULLTEXT INDEX (\w+) IF NOT EXISTS FOR \(\w+:([\w|]+)\) ON EACH \[([\w., ]+)\]$/.exec(s);
  if (m)
    return {
      name: m[1],
      kind: 'index',
      type: 'FULLTEXT',
      entityType: 'NODE',
      labelsOrTypes: m[2].split('|'),
      properties: props(m[3]),
    };
  throw new Error(`schema.cypher statement of a shape this test does not know (teach it): ${s}`);
}

describe('cypher/schema.cypher', () => {
  let graph: Graph;
  const expected = schemaStatements().map(declared);

  const constraints = () =>
    graph.run('SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties RETURN * ORDER BY name');
  const indexes = () =>
    graph.run(
      `SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state, owningConstraint
       WHERE type <> 'LOOKUP' RETURN * ORDER BY name`,
    );

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph); // empties the database and applies the schema
  });

  afterAll(async () => {
    await graph?.close();
  });

  it('declares keys on every node kind the graph writes', () => {
    const keys = expected
      .filter((d) => d.kind === 'constraint')
      .map((d) => `${d.labelsOrTypes[0]}.${d.properties.join()}`);
    expect(keys.sort()).toEqual(['Article.id', 'Entity.id', 'Event.id', 'Statement.id']);
  });

  it.each(expected.filter((d) => d.kind === 'constraint').map((d) => [d.name, d] as const))(
    'constraint %s exists',
    async (_, d) => {
      const found = (await constraints()).find((c) => c.name === d.name);
      expect(found).toMatchObject({
        type: d.type,
        entityType: d.entityType,
        labelsOrTypes: d.labelsOrTypes,
        properties: d.properties,
      });
    },
  );

  it.each(expected.filter((d) => d.kind === 'index').map((d) => [d.name, d] as const))(
    'index %s exists and is online',
    async (_, d) => {
      const found = (await indexes()).find((i) => i.name === d.name);
      expect(found).toMatchObject({
        type: d.type,
        entityType: d.entityType,
        labelsOrTypes: d.labelsOrTypes,
        properties: d.properties,
        state: 'ONLINE',
      });
    },
  );

  it('has no index or constraint it does not declare (besides the indexes backing its keys)', async () => {
    const names = new Set(expected.map((d) => d.name));
    expect((await constraints()).map((c) => c.name).filter((n) => !names.has(n as string))).toEqual([]);
    expect((await indexes()).filter((i) => !names.has(i.name as string)).map((i) => i.name)).toEqual([]);
    // Each key's uniqueness constraint owns the range index of the same name.
    for (const d of expected.filter((x) => x.kind === 'constraint')) {
      expect((await indexes()).find((i) => i.name === d.name)?.owningConstraint).toBe(d.name);
    }
  });

  it('applying the schema twice more changes nothing', async () => {
    const before = { constraints: await constraints(), indexes: await indexes() };
    expect(await applySchema(graph)).toBe(expected.length);
    expect(await applySchema(graph)).toBe(expected.length);
    expect({ constraints: await constraints(), indexes: await indexes() }).toEqual(before);
  });

  it('still enforces the keys after re-applying', async () => {
    await graph.run("CREATE (:Entity {id: 'test:duplicate'})");
    await expect(graph.run("CREATE (:Entity {id: 'test:duplicate'})")).rejects.toThrow(/already exists|constraint/i);
    await graph.run("MATCH (e:Entity {id: 'test:duplicate'}) DELETE e");
  });
});
