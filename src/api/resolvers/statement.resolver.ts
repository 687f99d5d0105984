import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { StatementRow } from '../../graph/rows.ts';
import { PagingArgs, toPage } from '../args/paging.args.ts';
import type { ApiContext } from '../context.ts';
import { StatementFilter } from '../inputs/statement-filter.input.ts';
import { Article } from '../types/article.type.ts';
import { toConnection } from '../types/connection.ts';
import { StatementConnection } from '../types/connections.ts';
import { Event } from '../types/event.type.ts';
import { Evidence } from '../types/evidence.type.ts';
import { Statement } from '../types/statement.type.ts';

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => Statement, { nullable: true, description: 'One statement by id; null when there is none.' })
  async statement(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext) {
    return ctx.loaders.statement.load(id);
  }

  @Query(() => StatementConnection, { description: 'Statements (who said what), newest first, with filters.' })
  async statements(
    @Arg('filter', () => StatementFilter, { nullable: true }) filter: StatementFilter | undefined,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const page = await ctx.repos.statements.list(filter ?? {}, toPage(paging));
    return toConnection(page.items, page.totalCount, page.offset);
  }

  @FieldResolver(() => Evidence, { description: 'The characters of the article that report it.' })
  evidence(@Root() s: StatementRow) {
    return s;
  }

  @FieldResolver(() => Article, { nullable: true })
  article(@Root() s: StatementRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.article.load(s.articleId);
  }

  @FieldResolver(() => [Event], {
    description: 'The events it reports: those told inside what was said (ABOUT), in article order.',
  })
  aboutEvents(@Root() s: StatementRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.reported.load(s.id);
  }
}
