import { ObjectType } from 'type-graphql';
import { Entity } from './entity.type.ts';

@ObjectType('Place', { simpleResolvers: true, implements: Entity, description: 'A city, region or territory.' })
export class Place extends Entity {}
