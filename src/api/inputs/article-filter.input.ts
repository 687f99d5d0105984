import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsPartialDate } from './partial-date.ts';

@InputType('ArticleFilter')
export class ArticleFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  source?: string;

  @Field(() => String, { nullable: true, description: 'Published on or after (YYYY, YYYY-MM or YYYY-MM-DD).' })
  @IsOptional()
  @IsPartialDate('from')
  from?: string;

  @Field(() => String, { nullable: true, description: 'Published on or before (YYYY, YYYY-MM or YYYY-MM-DD).' })
  @IsOptional()
  @IsPartialDate('to')
  to?: string;

  @Field(() => ID, { nullable: true, description: 'Only articles that mention this entity.' })
  @IsOptional()
  mentions?: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only articles that mention every one of these entities (at most 10).',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  mentionsAll?: string[];
}
