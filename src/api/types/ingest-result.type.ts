import { Field, ID, ObjectType } from 'type-graphql';
import { IngestCounts } from './ingest-counts.type.ts';
import { IngestStatus } from './ingest-status.enum.ts';

@ObjectType('IngestResult', {
  simpleResolvers: true,
  description: 'The outcome for one article (a feed or JSON array gives one per item).',
})
export class IngestResult {
  @Field(() => String, { description: 'The article name used in messages.' })
  name!: string;

  @Field(() => IngestStatus)
  status!: IngestStatus;

  @Field(() => ID, { nullable: true, description: 'The stored article (query it with article(id)).' })
  articleId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was refused, and what to do.' })
  reason!: string | null;

  @Field(() => IngestCounts, { nullable: true, description: 'Present when created.' })
  counts!: IngestCounts | null;
}
