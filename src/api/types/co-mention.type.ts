import { Field, Int, ObjectType } from 'type-graphql';
import { Entity } from './entity.type.ts';

@ObjectType('CoMention', { simpleResolvers: true, description: 'An entity mentioned in the same articles.' })
export class CoMention {
  @Field(() => Entity)
  entity!: Entity;

  @Field(() => Int, { description: 'Articles that mention both.' })
  weight!: number;
}
