import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { IsPartialDate } from '../inputs/partial-date.ts';
import { PagingArgs } from './paging.args.ts';

@ArgsType()
export class TimelineArgs extends PagingArgs {
  @Field(() => ID)
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'On or after (YYYY, YYYY-MM or YYYY-MM-DD).' })
  @IsOptional()
  @IsPartialDate('from')
  from?: string;

  @Field(() => String, { nullable: true, description: 'On or before (YYYY, YYYY-MM or YYYY-MM-DD).' })
  @IsOptional()
  @IsPartialDate('to')
  to?: string;
}
