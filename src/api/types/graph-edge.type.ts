import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('GraphEdge', {
  simpleResolvers: true,
  description: 'A relationship to draw; source and target are GraphNode ids of the same answer.',
})
export class GraphEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => String, { description: 'Relationship type as in Cypher: SAID, ABOUT, PARTICIPANT, MENTIONED_IN…' })
  type!: string;

  @Field(() => String, { description: 'Display label (the role for PARTICIPANT, the title for HOLDS_ROLE).' })
  label!: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  properties!: Record<string, unknown>;
}
