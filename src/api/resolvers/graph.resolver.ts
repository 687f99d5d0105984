import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { MAX_NODES, NeighbourhoodArgs } from '../args/neighbourhood.args.ts';
import { PathsArgs } from '../args/paths.args.ts';
import type { ApiContext } from '../context.ts';
import { selects } from '../selection.ts';
import { BadUserInputError, NotFoundError } from '../errors/index.ts';
import { Path } from '../types/path.type.ts';
import { Subgraph } from '../types/subgraph.type.ts';
import type { Detail } from '../../graph/subgraph.ts';

const notFound = (ids: string[], argumentName: string) =>
  new NotFoundError(
    `No node with id ${ids.map((i) => `"${i}"`).join(' or ')}: use the id of an entity, article, statement or event.`,
    {
      argumentName,
    },
  );

/** Read node and edge properties only when the operation asks for them (lookahead). */
const detailOf = (info: GraphQLResolveInfo): Detail =>
  selects(info, 'nodes', 'properties') || selects(info, 'edges', 'properties') ? 'full' : 'labels';

@Resolver()
export class GraphResolver {
  @Query(() => Subgraph, {
    description: 'The nodes within `depth` hops of a node (nearest first, at most `limit`) and every edge among them.',
    // The node budget bounds the answer whatever the depth.
    complexity: ({ args, childComplexity }) => 1 + childComplexity * Math.min(Number(args.limit ?? 100), MAX_NODES),
  })
  async neighbourhood(
    @Args(() => NeighbourhoodArgs) { id, depth, limit }: NeighbourhoodArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sub = await ctx.repos.walks.neighbourhood(id, depth, limit, detailOf(info));
    if (!sub) throw notFound([id], 'id');
    return sub;
  }

  @Query(() => [Path], {
    description:
      'The shortest paths between two nodes (all of the shortest length found, at most `limit`) through mentions, statements, events, roles and articles; those through statements, events and roles first.',
  })
  async paths(
    @Args(() => PathsArgs) { from, to, maxLength, limit }: PathsArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (from === to)
      throw new BadUserInputError(`from and to are both "${from}": give two different nodes`, { argumentName: 'to' });
    const { paths, missing } = await ctx.repos.walks.paths(from, to, maxLength, limit, detailOf(info));
    if (missing.length) throw notFound(missing, missing[0] === from ? 'from' : 'to');
    return paths;
  }
}
