import { Field, ObjectType } from 'type-graphql';
import { Entity } from './entity.type.ts';
import { ParticipantRole } from './participant-role.enum.ts';

@ObjectType('Participation', { simpleResolvers: true, description: 'An entity taking part in an event, in a role.' })
export class Participation {
  @Field(() => ParticipantRole)
  role!: ParticipantRole;

  @Field(() => Entity)
  entity!: Entity;
}
