import { Field, Float, ID, ObjectType } from 'type-graphql';
import { EventType } from './event-type.enum.ts';
import { Participation } from './participation.type.ts';
import { Quantity } from './quantity.type.ts';

@ObjectType('Event', { simpleResolvers: true, description: 'Something that happened, who took part and in what role.' })
export class Event {
  @Field(() => ID)
  id!: string;

  @Field(() => EventType)
  type!: EventType;

  @Field(() => String, { description: 'The words that report it ("arrest warrants").' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'When: YYYY, YYYY-MM or YYYY-MM-DD.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'Precision of date: day, month or year.' })
  datePrecision!: string | null;

  @Field(() => [String], { description: 'Charges, for legal events ("war crimes").' })
  charges!: string[];

  @Field(() => [Quantity])
  quantities!: Quantity[];

  @Field(() => [Participation])
  participants!: Participation[];

  @Field(() => Float)
  confidence!: number;
}
