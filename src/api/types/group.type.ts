import { ObjectType } from 'type-graphql';
import { Entity } from './entity.type.ts';

@ObjectType('Group', {
  simpleResolvers: true,
  implements: Entity,
  description: 'An unnamed collective that acts or speaks ("rights groups", "the Israeli opposition").',
})
export class Group extends Entity {}
