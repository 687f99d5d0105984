import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('Quantity', {
  simpleResolvers: true,
  description: 'A count reported with an event ("nearly 55,000 Palestinians").',
})
export class Quantity {
  @Field(() => Float)
  value!: number;

  @Field(() => String)
  unit!: string;

  @Field(() => String, { nullable: true, description: '"nearly", "more than"…' })
  qualifier!: string | null;
}
