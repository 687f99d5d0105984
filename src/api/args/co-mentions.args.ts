import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class CoMentionsArgs {
  @Field(() => Int, { description: 'How many, 1 to 100.' })
  @Min(1)
  @Max(100)
  first: number = 10;
}
