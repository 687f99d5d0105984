// The schema without a database: it builds, matches the committed schema.graphql, serves
// every client and playground operation, and keeps the contract's shapes.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as GraphQL from 'graphql';
import type { GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../../src/api/schema.ts';
import { EXAMPLE_VARIABLES } from '../../../src/api/playground/playground.ts';
import { EVENT_TYPES } from '../../../src/extract/types.ts';

// The CommonJS graphql that type-graphql builds the schema with (vitest would give the test
// graphql's ESM build, a second copy whose type checks reject the schema's types).
const { isInterfaceType, isNonNullType, isObjectType, isUnionType, parse, validate } = createRequire(import.meta.url)(
  'graphql',
) as typeof GraphQL;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('GraphQL schema', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await buildApiSchema();
  });

  it.each(['test/operations/contract.graphql', 'test/operations/api.graphql', 'src/api/playground/questions.graphql'])(
    'validates every operation of %s',
    (file) => {
      expect(validate(schema, parse(read(file))).map((e) => e.message)).toEqual([]);
    },
  );

  it('resolves entity and timeline types synchronously (no promise per item in an answer)', () => {
    const entity = schema.getType('Entity');
    const item = schema.getType('TimelineItem');
    if (!isInterfaceType(entity) || !isUnionType(item)) throw new Error('abstract types missing');
    const info = {} as Parameters<NonNullable<typeof entity.resolveType>>[2];
    const abstract = entity as Parameters<NonNullable<typeof entity.resolveType>>[3];
    expect(entity.resolveType!({ type: 'Court' }, {}, info, abstract)).toBe('Court');
    expect(item.resolveType!({ fact: 'Event' }, {}, info, abstract)).toBe('Event');
  });

  it('the playground has example variables for every required variable of its tabs', () => {
    for (const file of ['src/api/playground/operations.graphql', 'src/api/playground/questions.graphql']) {
      for (const def of parse(read(file)).definitions as OperationDefinitionNode[]) {
        const name = def.name!.value;
        for (const v of def.variableDefinitions ?? []) {
          if (v.type.kind === 'NonNullType' && !v.defaultValue) {
            expect(EXAMPLE_VARIABLES[name]?.[v.variable.name.value], `${name}.$${v.variable.name.value}`).toBeDefined();
          }
        }
      }
    }
  });

  it('every entity type inherits the relation fields of the Entity interface', () => {
    const entity = schema.getType('Entity');
    expect(isInterfaceType(entity)).toBe(true);
    const fields = Object.keys((entity as { getFields(): object }).getFields());
    for (const f of [
      'said',
      'statementsAbout',
      'events',
      'roles',
      'roleHolders',
      'articles',
      'coMentions',
      'connections',
    ]) {
      expect(fields).toContain(f);
    }
    for (const name of ['Person', 'Organisation', 'Court', 'Country', 'Place', 'Group']) {
      const type = schema.getType(name);
      expect(isObjectType(type) && type.getInterfaces().map((i) => i.name)).toEqual(['Entity']);
      expect(Object.keys((type as { getFields(): object }).getFields())).toEqual(expect.arrayContaining(fields));
    }
  });

  it('names event types, statement kinds and roles as the graph stores them', () => {
    const values = (name: string) =>
      (schema.getType(name) as unknown as { getValues(): { name: string; value: unknown }[] }).getValues();
    expect(
      values('EventType')
        .map((v) => v.name)
        .sort(),
    ).toEqual([...EVENT_TYPES].sort());
    expect(values('EventType').every((v) => v.name === v.value)).toBe(true);
    expect(values('StatementKind').map((v) => v.name)).toEqual(['direct', 'indirect', 'mixed']);
    expect(values('ParticipantRole').map((v) => v.name)).toEqual(expect.arrayContaining(['agent', 'target', 'court']));
    expect(values('EntityType').map((v) => v.name)).toEqual([
      'PERSON',
      'ORGANISATION',
      'COURT',
      'COUNTRY',
      'PLACE',
      'GROUP',
    ]);
  });

  it('Subgraph and Path edges carry source and target ids', () => {
    for (const name of ['GraphNode', 'GraphEdge']) expect(isObjectType(schema.getType(name))).toBe(true);
    const edge = (schema.getType('GraphEdge') as { getFields(): Record<string, { type: unknown }> }).getFields();
    for (const f of ['id', 'source', 'target', 'type', 'label']) expect(isNonNullType(edge[f].type)).toBe(true);
  });

  it('guards every mutation with the writer role', () => {
    const mutation = schema.getMutationType()!;
    const names = Object.keys(mutation.getFields()).sort();
    expect(names).toEqual(['deleteArticle', 'ingestArticle', 'ingestArticles', 'mergeEntities', 'splitAlias']);
  });
});
