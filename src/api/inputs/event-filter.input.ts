import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { EventType } from '../types/event-type.enum.ts';
import { ParticipantRole } from '../types/participant-role.enum.ts';
import { IsPartialDate } from './partial-date.ts';

@InputType('EventFilter')
export class EventFilter {
  @Field(() => EventType, { nullable: true, description: 'Of this type (combined with types when both are given).' })
  @IsOptional()
  type?: EventType;

  @Field(() => [EventType], { nullable: true, description: 'Of any of these types.' })
  @IsOptional()
  @ArrayMaxSize(20)
  types?: EventType[];

  @Field(() => ID, { nullable: true, description: 'This entity took part (in `role`, when given).' })
  @IsOptional()
  participant?: string;

  @Field(() => ParticipantRole, { nullable: true, description: 'Someone (or `participant`) took part in this role.' })
  @IsOptional()
  role?: ParticipantRole;

  @Field(() => ID, { nullable: true, description: 'This entity took part as the court.' })
  @IsOptional()
  court?: string;

  @Field(() => String, {
    nullable: true,
    description: 'On or after (YYYY, YYYY-MM or YYYY-MM-DD); undated events use their article date.',
  })
  @IsOptional()
  @IsPartialDate('from')
  from?: string;

  @Field(() => String, { nullable: true, description: 'On or before (YYYY, YYYY-MM or YYYY-MM-DD).' })
  @IsOptional()
  @IsPartialDate('to')
  to?: string;
}
