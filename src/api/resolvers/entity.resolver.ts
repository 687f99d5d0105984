import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.ts';
import { BadUserInputError } from '../errors/index.ts';
import { PagingArgs } from '../args/paging.args.ts';
import { EntityFilter } from '../inputs/entity-filter.input.ts';
import { decodeCursor, toConnection } from '../types/connection.ts';
import { EntityConnection } from '../types/connections.ts';
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

  @Query(() => EntityConnection, { description: 'Entities, most mentioned first, with filters.' })
  async entities(
    @Arg('filter', () => EntityFilter, { nullable: true }) filter: EntityFilter | undefined,
    @Args(() => PagingArgs) { first, after }: PagingArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const offset = decodeCursor(after);
    const page = await ctx.repos.entities.list(filter ?? {}, first, offset);
    return toConnection(page.items, page.totalCount, offset);
  }

  @Query(() => [Entity], { description: 'Full-text search over entity names and aliases (prefix match per word).' })
  async search(@Args(() => SearchArgs) { text, types, first }: SearchArgs, @Ctx() ctx: ApiContext) {
    if (!text.trim()) throw new BadUserInputError('search text is empty: give at least one word', { argumentName: 'text' });
    if (text.length > 200) throw new BadUserInputError(`search text is ${text.length} characters long; the limit is 200`, { argumentName: 'text' });
    return ctx.repos.entities.search(text, types, first);
  }
}
