// Cost estimates: every client and playground operation fits the default limit; invalid page
// sizes are left to argument validation; large nested pages are refused.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_COST, operationCost } from '../../../src/api/plugins/complexity.plugin.ts';
import { EXAMPLE_VARIABLES } from '../../../src/api/playground/playground.ts';
import { buildApiSchema } from '../../../src/api/schema.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
type Schema = Awaited<ReturnType<typeof buildApiSchema>>;

describe('query cost', () => {
  let schema: Schema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });

  it.each(['test/operations/contract.graphql', 'src/api/playground/questions.graphql'])(
    'every operation of %s is within the limit',
    (file) => {
      const doc = parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
      for (const def of doc.definitions as OperationDefinitionNode[]) {
        const name = def.name!.value;
        const cost = operationCost(schema, doc, name, EXAMPLE_VARIABLES[name] ?? {});
        expect(cost, name).toBeLessThanOrEqual(DEFAULT_MAX_COST);
      }
    },
  );

  it('counts page sizes at most at their valid maximum', () => {
    const cost = (first: number) =>
      operationCost(schema, parse(`{ entities(first: ${first}) { edges { node { id } } } }`));
    expect(cost(1000)).toBe(cost(100));
    expect(cost(10)).toBeLessThan(cost(100));
  });

  it('multiplies nested pages', () => {
    const doc = parse('{ entities(first: 100) { edges { node { said(first: 100) { edges { node { id } } } } } } }');
    expect(operationCost(schema, doc)).toBeGreaterThan(DEFAULT_MAX_COST);
  });

  it('prices a neighbourhood by its node budget, whatever the depth', () => {
    const cost = (depth: number, limit: number) =>
      operationCost(
        schema,
        parse(
          `{ neighbourhood(id: "x", depth: ${depth}, limit: ${limit}) { nodes { id label type } edges { id source target type } } }`,
        ),
      );
    expect(cost(3, 300)).toBe(cost(1, 300));
    expect(cost(2, 300)).toBeLessThanOrEqual(DEFAULT_MAX_COST);
    expect(cost(2, 100)).toBeLessThan(cost(2, 300));
  });
});
