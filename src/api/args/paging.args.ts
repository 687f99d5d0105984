import { IsOptional, Max, Min } from 'class-validator';
import { decodeCursor } from '../types/connection.ts';
import { ArgsType, Field, Int } from 'type-graphql';

export const MAX_PAGE = 100;

@ArgsType()
export class PagingArgs {
  @Field(() => Int, { description: `Page size, 1 to ${MAX_PAGE}.` })
  @Min(1)
  @Max(MAX_PAGE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'An endCursor from a previous page.' })
  @IsOptional()
  after?: string;
}

/** The repository's paging parameters from GraphQL paging arguments. */
export function toPage({ first, after }: { first: number; after?: string | null }): { first: number; offset: number } {
  return { first, offset: decodeCursor(after) };
}
