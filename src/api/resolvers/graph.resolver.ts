import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { MAX_NODES, NeighbourhoodArgs } from '../args/neighbourhood.args.ts';
import { PathsArgs } from '../args/paths.args.ts';
import type { ApiContext } from '../context.ts';
import { BadUserInputError, NotFoundError } from '../errors/index.ts';
import { Path } from '../types/path.type.ts';
import { Subgraph } from '../types/subgraph.type.ts';

const notFound = (ids: string[], argumentName: string) =>
  new NotFoundError(
    `No node with id ${ids.map((i) => `"${i}"`).join(' or ')}: use the id of an entity, article, statement or event.`,
    {
      argumentName,
    },
  );

@Resolver()
export class GraphResolver {
  @Query(() => Subgraph, {
    description: 'The nodes within `depth` hops of a node (nearest first, at most `limit`) and every edge among them.',
    // The node budget bounds the answer whatever the depth.
    complexity: ({ args, childComplexity }) => 1 + childComplexity * Math.min(Number(args.limit ?? 100), MAX_NODES),
  })
  async neighbourhood(@Args(() => NeighbourhoodArgs) { id, depth, limit }: NeighbourhoodArgs, @Ctx() ctx: ApiContext) {
    const sub = await ctx.repos.walks.neighbourhood(id, depth, limit);
    if (!sub) throw notFound([id], 'id');
    return sub;
  }

  @Query(() => [Path], {
    description:
      'Shortest paths between two nodes through mentions, statements, events, roles and articles; shortest first.',
  })
  async paths(@Args(() => PathsArgs) { from, to, maxLength, limit }: PathsArgs, @Ctx() ctx: ApiContext) {
    if (from === to)
      throw new BadUserInputError(`from and to are both "${from}": give two different nodes`, { argumentName: 'to' });
    const { paths, missing } = await ctx.repos.walks.paths(from, to, maxLength, limit);
    if (missing.length) throw notFound(missing, missing[0] === from ? 'from' : 'to');
    return paths;
  }
}
