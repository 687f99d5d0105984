import { Field, ObjectType } from 'type-graphql';
import { GraphEdge } from './graph-edge.type.ts';
import { GraphNode } from './graph-node.type.ts';

@ObjectType('Subgraph', {
  simpleResolvers: true,
  description:
    'Nodes and edges that a visualisation client can draw as is: every edge joins two returned nodes. ' +
    'Two nodes may be joined by several edges (a role stated in several articles, one entity in two roles of an event): ' +
    "load them into a multigraph (for sigma.js, graphology's MultiGraph).",
})
export class Subgraph {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];
}
