import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('GraphNode', {
  simpleResolvers: true,
  description: 'A node to draw: an entity, article, statement or event.',
})
export class GraphNode {
  @Field(() => ID, { description: 'The node id (the same id the other queries use).' })
  id!: string;

  @Field(() => String, { description: 'Display name.' })
  label!: string;

  @Field(() => String, { description: 'Entity type (Person, Court…) or Article, Statement, Event.' })
  type!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Stored properties worth showing.' })
  properties!: Record<string, unknown>;
}
