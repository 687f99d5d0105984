import { IsOptional, IsUrl, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ArticleFormat } from '../types/article-format.enum.ts';

/** Article text sent for ingest: at most 1 MiB of UTF-8 (the readers check the bytes). */
export const MAX_TEXT_CHARS = 1024 * 1024;

@InputType('ArticleInput', {
  description: 'An article to ingest. Given fields override what the reader finds in the text.',
})
export class ArticleInput {
  @Field(() => String, { description: 'The article: plain text, Markdown, JSON, HTML or an RSS/Atom feed.' })
  @MinLength(1, { message: 'text is empty: send the article text' })
  @MaxLength(MAX_TEXT_CHARS, { message: `text is over ${MAX_TEXT_CHARS} characters: split or shorten it` })
  text!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  title?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where it was published; also its identity (same url, same article).',
  })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'url must be an http(s) URL' })
  url?: string;

  @Field(() => String, { nullable: true, description: 'Publication date, YYYY-MM-DD (or an ISO 8601 date-time).' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, {
    message: 'publishedAt must be YYYY-MM-DD or an ISO 8601 date-time',
  })
  publishedAt?: string;

  @Field(() => String, { nullable: true, description: 'Publisher or outlet.' })
  @IsOptional()
  @MaxLength(200)
  source?: string;

  @Field(() => ArticleFormat, { nullable: true, description: 'Detected from the content when not given.' })
  @IsOptional()
  format?: ArticleFormat;

  @Field(() => String, {
    nullable: true,
    description: 'Names the article in results and messages (default: its title).',
  })
  @IsOptional()
  @MaxLength(200)
  name?: string;
}
