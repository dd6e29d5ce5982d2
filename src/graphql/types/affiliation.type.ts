/** Public API: the `Affiliation` object type: one AFFILIATED_WITH edge seen from an actor (evidence resolved in actor.resolver.ts). */
import { Field, ObjectType } from 'type-graphql';
import type { ActorRow } from '../../db/node.repository.ts';
import { Actor } from './actor.type.ts';

@ObjectType({ description: 'An affiliation between two actors: member of, backed by, agency of, led by, correspondent of...' })
export class Affiliation {
  @Field(() => String, { description: 'The kind: member_of, backed_by, agency_of, led_by, part_of, allied_with, correspondent_of, commander_in, spokesperson_of.' })
  role!: string;

  @Field(() => Boolean, { description: 'True when this actor is affiliated with `actor` (the edge starts here); false when `actor` is affiliated with this one.' })
  outgoing!: boolean;

  @Field(() => Actor, { description: 'The other actor.' })
  actor!: ActorRow;

  @Field(() => String, { nullable: true, description: 'Where the edge comes from: "lexicon" (reference data) or "article" (read in an article).' })
  source!: string | null;

  /** Claim ids that evidence it (resolved to claims by `evidence`). */
  claimIds!: string[];
}
