import { MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class SplitAliasArgs {
  @Field(() => ID)
  entityId!: string;

  @Field(() => String, { description: 'One of its aliases, which names someone or something else.' })
  @MinLength(1)
  @MaxLength(200)
  alias!: string;
}
