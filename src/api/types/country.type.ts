import { ObjectType } from 'type-graphql';
import { Entity } from './entity.type.ts';

@ObjectType('Country', { simpleResolvers: true, implements: Entity, description: 'A sovereign country.' })
export class Country extends Entity {}
