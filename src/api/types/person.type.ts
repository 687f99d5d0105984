import { Field, ObjectType } from 'type-graphql';
import { Entity } from './entity.type.ts';

@ObjectType('Person', { simpleResolvers: true, implements: Entity, description: 'A named person.' })
export class Person extends Entity {
  @Field(() => [String], {
    description:
      'Role titles given without an organisation or country ("Senator", "candidate"), from the articles that still mention the person; titles of an organisation or country are `roles`.',
  })
  titles!: string[];
}
