import { ObjectType } from 'type-graphql';
import { Entity } from './entity.type.ts';

@ObjectType('Organisation', {
  simpleResolvers: true,
  implements: Entity,
  description: 'A named organisation (party, army, agency, company, outlet…).',
})
export class Organisation extends Entity {}
