import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { PagingArgs, toPage } from '../args/paging.args.ts';
import type { ApiContext } from '../context.ts';
import { toConnection } from '../types/connection.ts';
import { PossiblySamePairConnection } from '../types/connections.ts';
import { Stats } from '../types/stats.type.ts';

@Resolver()
export class StatsResolver {
  @Query(() => Stats, { description: 'Counts of what the graph holds.' })
  async stats(@Ctx() ctx: ApiContext) {
    return ctx.repos.stats.stats();
  }

  @Query(() => PossiblySamePairConnection, {
    description: 'Review queue: entity pairs that may be one, highest score first.',
  })
  async possiblySame(@Args(() => PagingArgs) paging: PagingArgs, @Ctx() ctx: ApiContext) {
    const { first, offset } = toPage(paging);
    const page = await ctx.repos.entities.possiblySame(first, offset);
    return toConnection(page.items, page.totalCount, offset);
  }
}
