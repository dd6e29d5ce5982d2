/**
 * Public API: the `Actor` object type: an armed group, state, organization, outlet, person or anonymous source.
 * Relations (claims, incidents, affiliations...) are field resolvers in actor.resolver.ts.
 */
import { Field, ID, ObjectType } from 'type-graphql';
import { ActorKind } from './actor-kind.type.ts';

@ObjectType({ description: 'An actor of the graph: armed group, state, organization, media outlet, person or anonymous source.' })
export class Actor {
  @Field(() => ID, { description: 'Stable id: the lexicon slug (e.g. "sdf", "isis", "afp") or a hash of the name.' })
  id!: string;

  @Field(() => String, { description: 'Arabic name as in the lexicon or the article.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'English name, when known.' })
  nameEn!: string | null;

  @Field(() => ActorKind, { description: 'What kind of actor it is.' })
  kind!: ActorKind;

  @Field(() => [String], { description: 'Other names it goes by (Arabic and English).' })
  aliases!: string[];
}
