import { Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { MAX_PATH_LENGTH } from '../../graph/walk.repository.ts';

export const MAX_PATHS = 20;

@ArgsType()
export class PathsArgs {
  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => Int, { description: `Most edges in a path, 1 to ${MAX_PATH_LENGTH}.` })
  @Min(1)
  @Max(MAX_PATH_LENGTH)
  maxLength: number = 4;

  @Field(() => Int, { description: `Most paths, 1 to ${MAX_PATHS}.` })
  @Min(1)
  @Max(MAX_PATHS)
  limit: number = 5;
}
