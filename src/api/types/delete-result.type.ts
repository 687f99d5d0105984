import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('DeleteArticleResult', {
  simpleResolvers: true,
  description: 'An article removed with only the facts read from it.',
})
export class DeleteArticleResult {
  @Field(() => ID)
  articleId!: string;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int)
  events!: number;

  @Field(() => Int, { description: 'Entities removed because no other article refers to them.' })
  removedEntities!: number;
}
