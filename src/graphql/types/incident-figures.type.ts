/** Public API: the `IncidentFigures` object type (with `FigureSummary` and `FigureValue`): the figures sources give for an incident and who gave each. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { ActorRow, ClaimRow } from '../../db/node.repository.ts';
import { Actor } from './actor.type.ts';
import { Claim } from './claim.type.ts';
import { Outlet } from './outlet.type.ts';

@ObjectType({ description: 'One figure for an incident (e.g. 23 killed) with the claim, source, relays and outlet that gave it.' })
export class FigureValue {
  @Field(() => Int, { description: 'The number (a vague count as its lower bound).' })
  value!: number;

  @Field(() => String, { nullable: true, description: 'at_least, more_than, about or at_most; null when exact.' })
  qualifier!: string | null;

  @Field(() => Boolean, { description: 'True for a vague count ("dozens").' })
  vague!: boolean;

  @Field(() => String, { nullable: true, description: 'Who the victims were (civilians, fighters...).' })
  victims!: string | null;

  @Field(() => Claim, { description: 'The claim that gives it.' })
  claim!: ClaimRow;

  @Field(() => Actor, { nullable: true, description: 'Its original source (null: the outlet itself).' })
  source!: ActorRow | null;

  @Field(() => [Actor], { description: 'The relays, nearest the source first.' })
  via!: ActorRow[];

  @Field(() => Outlet, { nullable: true, description: 'The outlet that published it.' })
  outlet!: ActorRow | null;
}

@ObjectType({ description: 'The figures sources give for one measure (killed or injured) of an incident.' })
export class FigureSummary {
  @Field(() => Int, { nullable: true, description: 'The smallest value given; null when nobody gives one.' })
  min!: number | null;

  @Field(() => Int, { nullable: true, description: 'The largest value given; null when nobody gives one.' })
  max!: number | null;

  @Field(() => Boolean, { description: 'True when two values cannot both be right (taking qualifiers such as "at least" and "about" into account).' })
  conflicting!: boolean;

  @Field(() => [FigureValue], { description: 'Every value given, with who gave it, smallest first.' })
  values!: FigureValue[];
}

@ObjectType({ description: "The figures given for an incident's toll, by measure." })
export class IncidentFigures {
  @Field(() => FigureSummary, { description: 'People killed.' })
  killed!: FigureSummary;

  @Field(() => FigureSummary, { description: 'People injured.' })
  injured!: FigureSummary;
}
