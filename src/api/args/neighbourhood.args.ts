import { Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { MAX_DEPTH } from '../../graph/walk.repository.ts';

export const MAX_NODES = 500;

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID, { description: 'An entity, article, statement or event id.' })
  id!: string;

  @Field(() => Int, { description: `Hops from the node, 1 to ${MAX_DEPTH}.` })
  @Min(1)
  @Max(MAX_DEPTH)
  depth: number = 1;

  @Field(() => Int, { description: `Most nodes to return (nearest first), 1 to ${MAX_NODES}.` })
  @Min(1)
  @Max(MAX_NODES)
  limit: number = 100;
}
