/**
 * Public API: the `Outlet` object type: a MEDIA actor seen as a publisher (its articles, claims, sources and
 * incidents are field resolvers in outlet.resolver.ts).
 */
import { Field, ID, ObjectType } from 'type-graphql';
import { ActorKind } from './actor-kind.type.ts';

@ObjectType({ description: 'A media actor (outlet, agency, network) seen as a publisher of articles and claims.' })
export class Outlet {
  @Field(() => ID, { description: 'The actor id of the outlet (e.g. "afp", "sana", "step-news").' })
  id!: string;

  @Field(() => String, { description: 'Arabic name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'English name, when known.' })
  nameEn!: string | null;

  @Field(() => ActorKind, { description: 'The actor kind: MEDIA for outlets (another kind when e.g. a state publishes).' })
  kind!: ActorKind;
}
