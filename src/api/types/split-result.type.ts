import { Field, Int, ObjectType } from 'type-graphql';
import { Entity } from './entity.type.ts';

@ObjectType('SplitResult', { simpleResolvers: true })
export class SplitResult {
  @Field(() => Entity, { description: 'The original entity, without the alias.' })
  entity!: Entity;

  @Field(() => Entity, { description: 'The new entity named after the alias.' })
  created!: Entity;

  @Field(() => Int, { description: 'Mention spans whose text is the alias, moved to the new entity.' })
  movedMentions!: number;

  @Field(() => Int, { description: 'Statements whose speaker was written as the alias, moved to it.' })
  movedStatements!: number;
}
