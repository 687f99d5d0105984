import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { StatementKind } from '../types/statement-kind.enum.ts';
import { IsPartialDate } from './partial-date.ts';

@InputType('StatementFilter')
export class StatementFilter {
  @Field(() => ID, { nullable: true, description: 'Said by this entity.' })
  @IsOptional()
  speaker?: string;

  @Field(() => ID, { nullable: true, description: 'About this entity.' })
  @IsOptional()
  about?: string;

  @Field(() => ID, { nullable: true, description: 'Relayed through this outlet or source (ACCORDING_TO).' })
  @IsOptional()
  accordingTo?: string;

  @Field(() => StatementKind, { nullable: true })
  @IsOptional()
  kind?: StatementKind;

  @Field(() => String, { nullable: true, description: 'Full-text match on what was said (every word, as a prefix).' })
  @IsOptional()
  @MaxLength(200)
  text?: string;

  @Field(() => String, {
    nullable: true,
    description: 'On or after (YYYY, YYYY-MM or YYYY-MM-DD); undated statements use their article date.',
  })
  @IsOptional()
  @IsPartialDate('from')
  from?: string;

  @Field(() => String, { nullable: true, description: 'On or before (YYYY, YYYY-MM or YYYY-MM-DD).' })
  @IsOptional()
  @IsPartialDate('to')
  to?: string;
}
