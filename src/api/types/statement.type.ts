import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Entity } from './entity.type.ts';
import { StatementKind } from './statement-kind.enum.ts';

@ObjectType('Statement', { simpleResolvers: true, description: 'Who said what, reported in an article.' })
export class Statement {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'What was said: the content span of the article text.' })
  text!: string;

  @Field(() => StatementKind)
  kind!: StatementKind;

  @Field(() => String, { nullable: true, description: 'The reporting verb or phrase ("said", "according to").' })
  cue!: string | null;

  @Field(() => String, { nullable: true, description: 'When it was said: YYYY, YYYY-MM or YYYY-MM-DD.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'Precision of date: day, month or year.' })
  datePrecision!: string | null;

  @Field(() => Float)
  confidence!: number;

  @Field(() => String, { nullable: true, description: 'The speaker as written in the article ("he", "The daily").' })
  speakerText!: string | null;

  @Field(() => Entity, { nullable: true, description: 'Who said it (SAID).' })
  speaker!: Entity | null;

  @Field(() => [Entity], { description: 'What it is about (ABOUT).' })
  about!: Entity[];

  @Field(() => Entity, { nullable: true, description: 'The outlet or source it was relayed through (ACCORDING_TO).' })
  accordingTo!: Entity | null;
}
