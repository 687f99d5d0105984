import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EvidenceRow } from '../../graph/rows.ts';
import type { ApiContext } from '../context.ts';
import { Article } from '../types/article.type.ts';
import { Evidence } from '../types/evidence.type.ts';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article, { nullable: true })
  article(@Root() e: EvidenceRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.article.load(e.articleId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The span of the article text: exactly the characters start..end.',
  })
  async text(@Root() e: EvidenceRow, @Ctx() ctx: ApiContext) {
    const article = await ctx.loaders.article.load(e.articleId);
    return article ? article.text.slice(e.start, e.end) : null;
  }
}
