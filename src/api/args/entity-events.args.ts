import { IsOptional } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { ParticipantRole } from '../types/participant-role.enum.ts';
import { PagingArgs } from './paging.args.ts';

@ArgsType()
export class EntityEventsArgs extends PagingArgs {
  @Field(() => ParticipantRole, { nullable: true, description: 'Only events where it had this role.' })
  @IsOptional()
  role?: ParticipantRole;
}
