import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Count')
export class Count {
  @Field(() => String)
  key!: string;

  @Field(() => Int)
  count!: number;
}
