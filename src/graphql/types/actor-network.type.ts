/** Public API: the `ActorNetwork` object type (with `NetworkEdge`): actors around one actor and the edges between them. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { ActorRow } from '../../db/node.repository.ts';
import { Actor } from './actor.type.ts';
import { NetworkRelation } from './network-relation.type.ts';

@ObjectType({ description: 'An edge of the actor network, with the claims that evidence it.' })
export class NetworkEdge {
  @Field(() => Actor, { description: 'Where the edge starts: the affiliated actor, the perpetrator, or (CO_REPORTED) the actor with the smaller id.' })
  source!: ActorRow;

  @Field(() => Actor, { description: 'Where the edge ends: the actor affiliated with, the target, or the other co-reporter.' })
  target!: ActorRow;

  @Field(() => NetworkRelation, { description: 'The kind of edge.' })
  relation!: NetworkRelation;

  @Field(() => String, { nullable: true, description: 'For AFFILIATION, the role (member_of, backed_by, agency_of...).' })
  role!: string | null;

  @Field(() => Int, { description: 'How strong: 1 for an affiliation, the number of incidents for ADVERSARY and CO_REPORTED.' })
  weight!: number;

  /** Claim ids behind the edge, resolved by `evidence`. */
  evidenceIds!: string[];
}

@ObjectType({ description: 'The actors within some hops of one actor and the edges between them, for a visualisation.' })
export class ActorNetwork {
  @Field(() => Actor, { description: 'The actor the network is centred on.' })
  center!: ActorRow;

  @Field(() => [Actor], { description: 'Every actor in the network, the centre included.' })
  nodes!: ActorRow[];

  @Field(() => [NetworkEdge], { description: 'The edges found, each once.' })
  edges!: NetworkEdge[];

  @Field(() => Boolean, { description: 'True when the network was cut at the edge limit (ask for fewer hops or relations).' })
  truncated!: boolean;
}
