import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { CurationError } from '../../ingest/curation.ts';
import { MergeEntitiesArgs } from '../args/merge-entities.args.ts';
import { SplitAliasArgs } from '../args/split-alias.args.ts';
import type { ApiContext } from '../context.ts';
import { BadUserInputError, NotFoundError } from '../errors/index.ts';
import { MergeResult } from '../types/merge-result.type.ts';
import { SplitResult } from '../types/split-result.type.ts';

/** Curation refusals as client errors; anything else propagates. */
async function curate<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof CurationError) {
      throw err.reason === 'notFound' ? new NotFoundError(err.message) : new BadUserInputError(err.message);
    }
    throw err;
  }
}

@Resolver()
export class CurationResolver {
  @Authorized('writer')
  @Mutation(() => MergeResult, {
    description:
      'Merges mergeId into keepId: every link (mentions, statements, events, roles) moves over, its names become aliases, mergeId is deleted.',
  })
  async mergeEntities(@Args(() => MergeEntitiesArgs) { keepId, mergeId }: MergeEntitiesArgs, @Ctx() ctx: ApiContext) {
    const summary = await curate(() => ctx.curator.merge(keepId, mergeId));
    const kept = await ctx.repos.entities.byIds([keepId]);
    return { entity: kept.get(keepId), moved: summary.moved };
  }

  @Authorized('writer')
  @Mutation(() => SplitResult, {
    description:
      'Splits an alias off an entity into a new entity of the same type, with the mentions written as that alias.',
  })
  async splitAlias(@Args(() => SplitAliasArgs) { entityId: id, alias }: SplitAliasArgs, @Ctx() ctx: ApiContext) {
    const summary = await curate(() => ctx.curator.splitAlias(id, alias));
    const after = await ctx.repos.entities.byIds([id, summary.createdId]);
    return {
      entity: after.get(id),
      created: after.get(summary.createdId),
      movedMentions: summary.movedMentions,
      movedStatements: summary.movedStatements,
    };
  }
}
