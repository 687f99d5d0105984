import { ObjectType } from 'type-graphql';
import { Entity } from './entity.type.ts';

@ObjectType('Person', { simpleResolvers: true, implements: Entity, description: 'A named person.' })
export class Person extends Entity {}
