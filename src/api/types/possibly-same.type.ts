import { Field, Float, ObjectType } from 'type-graphql';
import { Entity } from './entity.type.ts';

@ObjectType('PossiblySamePair', {
  simpleResolvers: true,
  description: 'Two entities that may be one, kept apart for review (mergeEntities joins them).',
})
export class PossiblySamePair {
  @Field(() => Entity)
  a!: Entity;

  @Field(() => Entity)
  b!: Entity;

  @Field(() => Float)
  score!: number;
}
