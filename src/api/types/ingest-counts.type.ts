import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('IngestCounts', { simpleResolvers: true, description: 'What one article added to the graph.' })
export class IngestCounts {
  @Field(() => Int)
  entities!: number;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int)
  events!: number;

  @Field(() => Int)
  roles!: number;

  @Field(() => Int, { description: 'Entities removed because nothing refers to them any more.' })
  removedEntities!: number;
}
