import { Field, Int, ObjectType } from 'type-graphql';
import { Entity } from './entity.type.ts';

@ObjectType('MergeResult', { simpleResolvers: true })
export class MergeResult {
  @Field(() => Entity, { description: 'The kept entity, with the merged one’s links, name and aliases.' })
  entity!: Entity;

  @Field(() => Int, { description: 'Relationships moved over (mentions counted once per article).' })
  moved!: number;
}
