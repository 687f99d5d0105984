import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.ts';
import { PagingArgs } from '../args/paging.args.ts';
import { ArticleFilter } from '../inputs/article-filter.input.ts';
import { Article } from '../types/article.type.ts';
import { decodeCursor, toConnection } from '../types/connection.ts';
import { ArticleConnection } from '../types/connections.ts';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true })
  async article(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext) {
    return ctx.loaders.article.load(id);
  }

  @Query(() => ArticleConnection, { description: 'Articles, newest first.' })
  async articles(
    @Arg('filter', () => ArticleFilter, { nullable: true }) filter: ArticleFilter | undefined,
    @Args(() => PagingArgs) { first, after }: PagingArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const offset = decodeCursor(after);
    const page = await ctx.repos.articles.list(filter ?? {}, first, offset);
    return toConnection(page.items, page.totalCount, offset);
  }
}
