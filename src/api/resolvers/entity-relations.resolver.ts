// Relationship fields of every entity (declared on the Entity interface, so Person, Court…
// inherit them). Each goes through a per-request loader: one query per level of nesting.
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityRow } from '../../graph/rows.ts';
import { CoMentionsArgs } from '../args/co-mentions.args.ts';
import { ConnectionsArgs } from '../args/connections.args.ts';
import { EntityEventsArgs } from '../args/entity-events.args.ts';
import { PagingArgs, toPage } from '../args/paging.args.ts';
import type { ApiContext } from '../context.ts';
import { CoMention } from '../types/co-mention.type.ts';
import { toConnection } from '../types/connection.ts';
import { ArticleConnection, EventConnection, StatementConnection } from '../types/connections.ts';
import { Entity } from '../types/entity.type.ts';
import { Role } from '../types/role.type.ts';
import { Subgraph } from '../types/subgraph.type.ts';

const connection = <T>(p: { items: T[]; totalCount: number }, offset: number) =>
  toConnection(p.items, p.totalCount, offset);

@Resolver(() => Entity)
export class EntityRelationsResolver {
  @FieldResolver(() => StatementConnection, { description: 'Statements it made (SAID), newest first.' })
  async said(@Root() e: EntityRow, @Args(() => PagingArgs) paging: PagingArgs, @Ctx() ctx: ApiContext) {
    const page = toPage(paging);
    return connection(await ctx.loaders.said(e.id, page), page.offset);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements about it (ABOUT), newest first.' })
  async statementsAbout(@Root() e: EntityRow, @Args(() => PagingArgs) paging: PagingArgs, @Ctx() ctx: ApiContext) {
    const page = toPage(paging);
    return connection(await ctx.loaders.statementsAbout(e.id, page), page.offset);
  }

  @FieldResolver(() => EventConnection, {
    description: 'Events it took part in (in `role`, when given), newest first.',
  })
  async events(
    @Root() e: EntityRow,
    @Args(() => EntityEventsArgs) { role, ...paging }: EntityEventsArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const page = toPage(paging);
    return connection(await ctx.loaders.events(e.id, { ...page, role }), page.offset);
  }

  @FieldResolver(() => [Role], { description: 'Roles it holds (for people): "Prime Minister" of Israel.' })
  roles(@Root() e: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.roles.load(e.id);
  }

  @FieldResolver(() => [Role], {
    description: 'Roles held in it (for organisations and countries): its office holders.',
  })
  roleHolders(@Root() e: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.holders.load(e.id);
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles that mention it, newest first.' })
  async articles(@Root() e: EntityRow, @Args(() => PagingArgs) paging: PagingArgs, @Ctx() ctx: ApiContext) {
    const page = toPage(paging);
    return connection(await ctx.loaders.articles(e.id, page), page.offset);
  }

  @FieldResolver(() => [CoMention], {
    description: 'Entities mentioned in the same articles, most shared articles first.',
  })
  coMentions(@Root() e: EntityRow, @Args(() => CoMentionsArgs) { first }: CoMentionsArgs, @Ctx() ctx: ApiContext) {
    return ctx.loaders.coMentions(e.id, { first });
  }

  @FieldResolver(() => Subgraph, {
    description:
      'Its direct neighbours (articles, statements, events, related entities) as a subgraph; neighbourhood goes deeper.',
  })
  connections(@Root() e: EntityRow, @Args(() => ConnectionsArgs) { limit }: ConnectionsArgs, @Ctx() ctx: ApiContext) {
    return ctx.loaders.connections(e.id, { limit });
  }
}
