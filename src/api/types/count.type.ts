import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Count', { simpleResolvers: true })
export class Count {
  @Field(() => String)
  key!: string;

  @Field(() => Int)
  count!: number;
}
