import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { EntityType } from './entity-type.enum.ts';

/** The object type of an entity row: its `type` (Person, Organisation, …). */
export const entityTypeName = (value: { type: string }) => value.type;

@InterfaceType('Entity', {
  description: 'A person, organisation, court, country, place or group named in the news.',
  resolveType: entityTypeName,
})
export abstract class Entity {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => EntityType)
  type!: EntityType;

  @Field(() => [String], { description: 'Other names seen for this entity.' })
  aliases!: string[];

  @Field(() => Int, { description: 'Mentions across all articles.' })
  mentionCount!: number;

  @Field(() => Int, { description: 'Articles that mention it.' })
  articleCount!: number;

  @Field(() => Int, { description: 'Statements it made (SAID).' })
  statementCount!: number;
}
