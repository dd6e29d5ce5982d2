/** Public API: the `Relay` object type: an intermediary of a claim with its hop. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { ActorRow } from '../../db/node.repository.ts';
import { Actor } from './actor.type.ts';

@ObjectType({ description: 'An intermediary that passed a claim on (RELAYED_BY).' })
export class Relay {
  @Field(() => Int, { description: 'Hop from the source: 1 is nearest the source.' })
  hop!: number;

  @Field(() => Actor, { description: 'The relaying actor (an agency, an outlet, a person).' })
  actor!: ActorRow;
}
