import { ObjectType } from 'type-graphql';
import { Entity } from './entity.type.ts';

@ObjectType('Court', {
  simpleResolvers: true,
  implements: Entity,
  description: 'An organisation that judges: ICC, ICJ, supreme, district and military courts, tribunals.',
})
export class Court extends Entity {}
