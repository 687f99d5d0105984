import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { EntityType } from '../types/entity-type.enum.ts';

@InputType('EntityFilter')
export class EntityFilter {
  @Field(() => [EntityType], { nullable: true })
  @IsOptional()
  types?: EntityType[];

  @Field(() => String, { nullable: true, description: 'Names starting with this (case-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  namePrefix?: string;

  @Field(() => String, { nullable: true, description: 'Full-text match on names and aliases.' })
  @IsOptional()
  @MaxLength(200)
  text?: string;
}
