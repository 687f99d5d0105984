import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { CoMentionsArgs } from '../args/co-mentions.args.ts';
import type { ApiContext } from '../context.ts';
import { BadUserInputError, NotFoundError } from '../errors/index.ts';
import { PagingArgs } from '../args/paging.args.ts';
import { EntityFilter } from '../inputs/entity-filter.input.ts';
import { CoMention } from '../types/co-mention.type.ts';
import { decodeCursor, toConnection } from '../types/connection.ts';
import { EntityConnection } from '../types/connections.ts';
import { EntityOrder } from '../types/entity-order.enum.ts';
import { EntityType } from '../types/entity-type.enum.ts';
import { Entity } from '../types/entity.type.ts';

@ArgsType()
class SearchArgs {
  @Field(() => String)
  text!: string;

  @Field(() => [EntityType], { nullable: true })
  types?: EntityType[];

  @Field(() => Int)
  @Min(1)
  @Max(50)
  first: number = 10;
}

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'One entity by id; null when there is none.' })
  async entity(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext) {
    return ctx.loaders.entity.load(id);
  }

  @Query(() => EntityConnection, { description: 'Entities with filters, most mentioned first (or as `orderBy` says).' })
  async entities(
    @Arg('filter', () => EntityFilter, { nullable: true }) filter: EntityFilter | undefined,
    @Arg('orderBy', () => EntityOrder, { nullable: true, defaultValue: EntityOrder.MENTIONS }) orderBy: EntityOrder,
    @Args(() => PagingArgs) { first, after }: PagingArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const offset = decodeCursor(after);
    const page = await ctx.repos.entities.list(filter ?? {}, first, offset, orderBy);
    return toConnection(page.items, page.totalCount, offset);
  }

  @Query(() => [Entity], { description: 'Full-text search over entity names and aliases (prefix match per word).' })
  async search(@Args(() => SearchArgs) { text, types, first }: SearchArgs, @Ctx() ctx: ApiContext) {
    if (!text.trim())
      throw new BadUserInputError('search text is empty: give at least one word', { argumentName: 'text' });
    if (text.length > 200)
      throw new BadUserInputError(`search text is ${text.length} characters long; the limit is 200`, {
        argumentName: 'text',
      });
    return ctx.repos.entities.search(text, types, first);
  }

  @Query(() => [CoMention], {
    description: 'Entities mentioned in the same articles as this one, most shared articles first.',
  })
  async coMentions(
    @Arg('id', () => ID) id: string,
    @Args(() => CoMentionsArgs) { first }: CoMentionsArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const found = await ctx.repos.entities.coMentions([id], first);
    const co = found.get(id);
    if (!co)
      throw new NotFoundError(`No entity with id "${id}": find ids with search(text) or entities.`, {
        argumentName: 'id',
      });
    return co;
  }
}
