import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Article', {
  simpleResolvers: true,
  description: 'A news article as read; every fact points back into its text.',
})
export class Article {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher or outlet.' })
  source!: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date (ISO 8601).' })
  publishedAt!: string | null;

  @Field(() => String, { nullable: true })
  ingestedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Extractor version that produced its facts.' })
  extractor!: string | null;

  @Field(() => String, { description: 'The text exactly as read; evidence offsets index into it (UTF-16).' })
  text!: string;

  @Field(() => [String], { description: 'Headlines of related stories linked from the article.' })
  related!: string[];
}
