import { Field, Int, ObjectType } from 'type-graphql';
import { GraphEdge } from './graph-edge.type.ts';
import { GraphNode } from './graph-node.type.ts';

@ObjectType('Path', {
  simpleResolvers: true,
  description: 'A path between two nodes: nodes in order, and the edges joining them.',
})
export class Path {
  @Field(() => Int, { description: 'Number of edges.' })
  length!: number;

  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];
}
