import { ArrayMaxSize, ArrayMinSize, ValidateNested } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Mutation, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.ts';
import { NotFoundError, ServiceUnavailableError } from '../errors/index.ts';
import { ingestInput } from '../ingest/ingest-input.ts';
import { ArticleInput } from '../inputs/article.input.ts';
import { DeleteArticleResult } from '../types/delete-result.type.ts';
import { IngestResult } from '../types/ingest-result.type.ts';

export const MAX_BATCH = 50;

@ArgsType()
class IngestArticlesArgs {
  @Field(() => [ArticleInput])
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @ArrayMaxSize(MAX_BATCH, { message: `at most ${MAX_BATCH} articles per call: send the rest in another call` })
  inputs!: ArticleInput[];
}

function ingestorOf(ctx: ApiContext) {
  if (!ctx.ingestor) {
    throw new ServiceUnavailableError(
      'Ingest is unavailable: this server runs without CoreNLP. Start it with `newsgraph start` or set CORENLP_URL.',
    );
  }
  return ctx.ingestor;
}

@Resolver()
export class IngestResolver {
  @Authorized('writer')
  @Mutation(() => IngestResult, {
    description:
      'Reads, extracts and stores one article. An input holding several (a feed, a JSON array) is refused: use ingestArticles.',
  })
  async ingestArticle(
    @Arg('input', () => ArticleInput) input: ArticleInput,
    @Ctx() ctx: ApiContext,
  ): Promise<IngestResult> {
    const [result] = await ingestInput(ingestorOf(ctx), input, 'article', { single: true });
    return result;
  }

  @Authorized('writer')
  @Mutation(() => [IngestResult], {
    description: `Ingests up to ${MAX_BATCH} inputs, in order; feeds and JSON arrays give one result per article.`,
  })
  async ingestArticles(
    @Args(() => IngestArticlesArgs) { inputs }: IngestArticlesArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<IngestResult[]> {
    const ingestor = ingestorOf(ctx);
    const results: IngestResult[] = [];
    for (const [i, input] of inputs.entries()) results.push(...(await ingestInput(ingestor, input, `input ${i + 1}`)));
    return results;
  }

  @Authorized('writer')
  @Mutation(() => DeleteArticleResult, { description: 'Deletes an article and only the facts read from it.' })
  async deleteArticle(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<DeleteArticleResult> {
    const r = await ctx.repos.articleWrites.delete(id);
    if (!r.deleted)
      throw new NotFoundError(`No article with id "${id}": list ids with articles.`, { argumentName: 'id' });
    return { articleId: id, statements: r.statements, events: r.events, removedEntities: r.removedEntities };
  }
}
