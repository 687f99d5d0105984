import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class MergeEntitiesArgs {
  @Field(() => ID, { description: 'The entity that stays.' })
  keepId!: string;

  @Field(() => ID, { description: 'The entity merged into it, then deleted.' })
  mergeId!: string;
}
