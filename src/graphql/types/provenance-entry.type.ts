/** Public API: the `ProvenanceEntry` object type: one claim about an incident with who said it and how it travelled. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { ActorRow, ArticleRow, ClaimRow } from '../../db/node.repository.ts';
import { Actor } from './actor.type.ts';
import { Article } from './article.type.ts';
import { ChainStep } from './chain-step.type.ts';
import { Claim } from './claim.type.ts';
import { Outlet } from './outlet.type.ts';
import { Relay } from './relay.type.ts';
import { Stance } from './stance.type.ts';

@ObjectType({ description: 'One claim about an incident: who said it, through whom, in which outlet and article, with which figures.' })
export class ProvenanceEntry {
  @Field(() => Claim, { description: 'The claim.' })
  claim!: ClaimRow;

  @Field(() => Stance, { description: 'Assert, deny, accuse or announce.' })
  stance!: Stance;

  @Field(() => Actor, { nullable: true, description: 'The original source; null when the outlet says it on its own authority.' })
  source!: ActorRow | null;

  @Field(() => [Relay], { description: 'The intermediaries, nearest the source first.' })
  relays!: { hop: number; actor: ActorRow }[];

  @Field(() => Outlet, { nullable: true, description: 'The outlet that published the article.' })
  outlet!: ActorRow | null;

  @Field(() => Article, { nullable: true, description: 'The article that contains the claim.' })
  article!: Partial<ArticleRow> | null;

  @Field(() => [ChainStep], { description: 'The whole chain in order: source -> relays -> outlet -> article.' })
  chain!: unknown[];

  @Field(() => Actor, { nullable: true, description: 'The independent source this claim counts for: the first named element of its chain.' })
  independentSource!: ActorRow | null;

  @Field(() => Int, { nullable: true, description: 'Killed, according to this claim.' })
  killed!: number | null;

  @Field(() => Int, { nullable: true, description: 'Injured, according to this claim.' })
  injured!: number | null;
}
