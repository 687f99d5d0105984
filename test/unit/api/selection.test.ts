// Lookahead over an operation's selection set, through fields and both kinds of fragment.
import { parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selects } from '../../../src/api/selection.ts';

function infoOf(source: string) {
  const doc = parse(source);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selects', () => {
  it('finds a nested field and misses one that is not asked for', () => {
    const info = infoOf('{ neighbourhood(id: "x") { nodes { id label } edges { id properties } } }');
    expect(selects(info, 'edges', 'properties')).toBe(true);
    expect(selects(info, 'nodes', 'properties')).toBe(false);
    expect(selects(info, 'nodes')).toBe(true);
    expect(selects(info, 'properties')).toBe(false); // not at the top level
  });

  it('looks through named and inline fragments', () => {
    const named = infoOf(
      'query { neighbourhood(id: "x") { ...Drawn } } fragment Drawn on Subgraph { nodes { ...N } } fragment N on GraphNode { properties }',
    );
    expect(selects(named, 'nodes', 'properties')).toBe(true);
    const inline = infoOf('{ neighbourhood(id: "x") { ... on Subgraph { edges { ... { properties } } } } }');
    expect(selects(inline, 'edges', 'properties')).toBe(true);
    expect(selects(inline, 'nodes', 'properties')).toBe(false);
  });
});
