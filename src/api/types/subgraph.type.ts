import { Field, ObjectType } from 'type-graphql';
import { GraphEdge } from './graph-edge.type.ts';
import { GraphNode } from './graph-node.type.ts';

@ObjectType('Subgraph', {
  simpleResolvers: true,
  description: 'Nodes and edges that a visualisation client can draw as is.',
})
export class Subgraph {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];
}
