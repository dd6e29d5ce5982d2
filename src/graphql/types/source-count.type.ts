/** Public API: the `SourceCount` object type: a source an outlet cites, with how often. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { ActorRow } from '../../db/node.repository.ts';
import { Actor } from './actor.type.ts';

@ObjectType({ description: 'A source an outlet cites, with how many of its claims go back to it.' })
export class SourceCount {
  @Field(() => Actor, { description: 'The original source.' })
  actor!: ActorRow;

  @Field(() => Int, { description: 'How many claims in the outlet’s articles are attributed to it.' })
  count!: number;
}
