/** Public API: the `ActorPath` object type: the shortest connection between two actors. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { ActorRow } from '../../db/node.repository.ts';
import { Actor } from './actor.type.ts';
import { NetworkEdge } from './actor-network.type.ts';

@ObjectType({ description: 'The shortest connection between two actors over affiliations, adversaries and co-reporting.' })
export class ActorPath {
  @Field(() => Int, { description: 'How many edges (hops) the path has.' })
  length!: number;

  @Field(() => [Actor], { description: 'The actors along the path, from `from` to `to`.' })
  nodes!: ActorRow[];

  @Field(() => [NetworkEdge], { description: 'The edges, in path order (each keeps its own direction).' })
  edges!: NetworkEdge[];
}
