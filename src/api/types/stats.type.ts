import { Field, Int, ObjectType } from 'type-graphql';
import { Count } from './count.type.ts';

@ObjectType('Stats', { simpleResolvers: true, description: 'What the graph holds.' })
export class Stats {
  @Field(() => Int)
  articles!: number;

  @Field(() => Int)
  entities!: number;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int)
  events!: number;

  @Field(() => Int)
  relationships!: number;

  @Field(() => Int, { description: 'Entity pairs waiting for review (POSSIBLY_SAME_AS).' })
  possiblySamePairs!: number;

  @Field(() => [Count], { description: 'Entities per type (Person, Court…).' })
  entitiesByType!: Count[];

  @Field(() => [Count])
  eventsByType!: Count[];

  @Field(() => [Count])
  statementsByKind!: Count[];

  @Field(() => String, { nullable: true })
  lastIngestedAt!: string | null;
}
