import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

@InputType('ArticleFilter')
export class ArticleFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  source?: string;

  @Field(() => String, { nullable: true, description: 'Published on or after (YYYY, YYYY-MM or YYYY-MM-DD).' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be YYYY, YYYY-MM or YYYY-MM-DD' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'Published on or before (YYYY, YYYY-MM or YYYY-MM-DD).' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be YYYY, YYYY-MM or YYYY-MM-DD' })
  to?: string;

  @Field(() => ID, { nullable: true, description: 'Only articles that mention this entity.' })
  @IsOptional()
  mentions?: string;
}
