import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { toPage } from '../args/paging.args.ts';
import { TimelineArgs } from '../args/timeline.args.ts';
import type { ApiContext } from '../context.ts';
import { NotFoundError } from '../errors/index.ts';
import { toConnection } from '../types/connection.ts';
import { TimelineItemConnection } from '../types/connections.ts';

@Resolver()
export class TimelineResolver {
  @Query(() => TimelineItemConnection, {
    description:
      'Statements made by or about an entity and events it took part in, oldest first (undated facts take their article date).',
  })
  async timeline(@Args(() => TimelineArgs) args: TimelineArgs, @Ctx() ctx: ApiContext) {
    const page = await ctx.repos.walks.timeline(args.entityId, { from: args.from, to: args.to }, toPage(args));
    if (!page)
      throw new NotFoundError(`No entity with id "${args.entityId}": find ids with search(text) or entities.`, {
        argumentName: 'entityId',
      });
    return toConnection(page.items, page.totalCount, page.offset);
  }
}
