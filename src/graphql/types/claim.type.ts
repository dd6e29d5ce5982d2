/**
 * Public API: the `Claim` object type: one sentence of one article asserting something on someone's authority,
 * with the figures it gives. Source, relays, chain, corroborations... are field resolvers in claim.resolver.ts.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Stance } from './stance.type.ts';

@ObjectType({ description: "One sentence of one article that asserts, denies, accuses or announces something on someone's authority." })
export class Claim {
  @Field(() => ID, { description: 'Stable id (a hash of the article and the span).' })
  id!: string;

  @Field(() => String, { description: 'The whole sentence, as written.' })
  text!: string;

  @Field(() => Int, { nullable: true, description: "Start offset of the sentence in the article's text (UTF-16 code units)." })
  start!: number | null;

  @Field(() => Int, { nullable: true, description: "End offset of the sentence in the article's text (UTF-16 code units)." })
  end!: number | null;

  @Field(() => Stance, { description: 'What the source does with it: assert, deny, accuse or announce.' })
  stance!: Stance;

  @Field(() => Int, { nullable: true, description: 'People killed according to this claim (a vague count is stored as its lower bound).' })
  killed!: number | null;

  @Field(() => Int, { nullable: true, description: 'People injured according to this claim.' })
  injured!: number | null;

  @Field(() => Int, { nullable: true, description: 'Killed or injured, when the claim does not tell them apart ("بين قتيل وجريح").' })
  casualties!: number | null;

  @Field(() => Int, { nullable: true, description: 'People captured according to this claim.' })
  captured!: number | null;

  @Field(() => Int, { nullable: true, description: 'People displaced according to this claim.' })
  displaced!: number | null;

  @Field(() => String, { nullable: true, description: 'Who the victims were (civilians, fighters...).' })
  victims!: string | null;

  @Field(() => String, { nullable: true, description: 'How exact the figures are: at_least, more_than, about, at_most; null when exact.' })
  qualifier!: string | null;

  @Field(() => Boolean, { description: 'True when the figure was a vague count ("dozens"), kept as its lower bound.' })
  vague!: boolean;
}
