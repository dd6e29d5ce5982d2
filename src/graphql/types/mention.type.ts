/** Public API: the `Mention` object type: an actor or place an article mentions, with how often. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { ActorRow, LocationRow } from '../../db/node.repository.ts';
import { Actor } from './actor.type.ts';
import { Location } from './location.type.ts';

@ObjectType({ description: 'An actor or a place that an article mentions (exactly one of `actor` and `location` is set).' })
export class Mention {
  @Field(() => Int, { nullable: true, description: 'How many times the article mentions it.' })
  count!: number | null;

  @Field(() => Actor, { nullable: true, description: 'The actor mentioned, when it is an actor.' })
  actor!: ActorRow | null;

  @Field(() => Location, { nullable: true, description: 'The place mentioned, when it is a place.' })
  location!: LocationRow | null;
}
