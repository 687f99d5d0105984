import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class ConnectionsArgs {
  @Field(() => Int, { description: 'Most neighbours, 1 to 200.' })
  @Min(1)
  @Max(200)
  limit: number = 50;
}
