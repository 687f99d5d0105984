import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { EventRow } from '../../graph/rows.ts';
import { PagingArgs, toPage } from '../args/paging.args.ts';
import type { ApiContext } from '../context.ts';
import { EventFilter } from '../inputs/event-filter.input.ts';
import { Article } from '../types/article.type.ts';
import { toConnection } from '../types/connection.ts';
import { EventConnection } from '../types/connections.ts';
import { Event } from '../types/event.type.ts';
import { Evidence } from '../types/evidence.type.ts';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: 'One event by id; null when there is none.' })
  async event(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext) {
    return ctx.loaders.event.load(id);
  }

  @Query(() => EventConnection, { description: 'Events, newest first, with filters.' })
  async events(
    @Arg('filter', () => EventFilter, { nullable: true }) filter: EventFilter | undefined,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const { type, types, ...rest } = filter ?? {};
    const allTypes = [...new Set([...(type ? [type] : []), ...(types ?? [])])];
    const page = await ctx.repos.events.list({ ...rest, types: allTypes }, toPage(paging));
    return toConnection(page.items, page.totalCount, page.offset);
  }

  @FieldResolver(() => Evidence, { description: 'The characters of the article that report it (the trigger words).' })
  evidence(@Root() e: EventRow) {
    return e;
  }

  @FieldResolver(() => Article, { nullable: true })
  article(@Root() e: EventRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.article.load(e.articleId);
  }
}
