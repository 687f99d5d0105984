import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('Evidence', {
  simpleResolvers: true,
  description: 'Where a fact was read: a span of an article text (UTF-16 offsets).',
})
export class Evidence {
  @Field(() => Int, { description: 'Start offset into Article.text.' })
  start!: number;

  @Field(() => Int, { description: 'End offset (exclusive) into Article.text.' })
  end!: number;

  @Field(() => Int, { nullable: true, description: 'Sentence index in the article.' })
  sentence!: number | null;

  @Field(() => Float, { nullable: true, description: 'Extractor confidence, 0 to 1.' })
  confidence!: number | null;

  @Field(() => String, { nullable: true, description: 'Extractor version that found it.' })
  extractor!: string | null;
}
