// Lookahead: whether an operation asks for a field below the current one, so a resolver can
// have its one Cypher query read only what the answer needs. Follows fragments (named and
// inline) whatever their type condition: asking is enough.
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function selected(
  set: SelectionSetNode | undefined,
  path: readonly string[],
  fragments: Record<string, FragmentDefinitionNode>,
): boolean {
  if (!set) return false;
  const [name, ...rest] = path;
  for (const sel of set.selections) {
    if (sel.kind === 'Field') {
      if (sel.name.value !== name) continue;
      if (!rest.length || selected(sel.selectionSet, rest, fragments)) return true;
    } else if (sel.kind === 'InlineFragment') {
      if (selected(sel.selectionSet, path, fragments)) return true;
    } else if (selected(fragments[sel.name.value]?.selectionSet, path, fragments)) return true;
  }
  return false;
}

/** True when the current field's selection reaches `path` (e.g. ['nodes', 'properties']). */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, ...path: string[]): boolean {
  return info.fieldNodes.some((f: FieldNode) => selected(f.selectionSet, path, info.fragments));
}
