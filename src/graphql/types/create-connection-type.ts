/**
 * Public API: builds a Relay connection type (`<Name>Connection` with `<Name>Edge`) for a node type, the generic
 * pattern of type-graphql's docs, so every list has the same shape: totalCount, pageInfo, edges { cursor node }.
 */
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page-info.type.ts';

/** The value a connection field resolves to. */
export interface Connection<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: T }[];
}

/** Given a type name, the node class and how to call one node in prose, returns the connection class. */
export function createConnectionType<T extends object>(name: string, node: ClassType<T>, noun: string): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${noun} of a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: `Opaque cursor of this ${noun}: pass it as \`after\` to continue after it.` })
    cursor!: string;

    @Field(() => node, { description: `The ${noun}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${noun}s (Relay cursor connection).` })
  class NodeConnection {
    @Field(() => Int, { description: `How many ${noun}s match in all, across every page.` })
    totalCount!: number;

    @Field(() => PageInfo, { description: 'Where this page ends and whether more follow.' })
    pageInfo!: PageInfo;

    @Field(() => [Edge], { description: `The ${noun}s of this page, in order.` })
    edges!: Edge[];
  }
  return NodeConnection;
}
