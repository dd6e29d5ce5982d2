/** Public API: the `Agreement` and `IndependentSource` object types: how many independent sources back an incident. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { ActorRow, ClaimRow } from '../../db/node.repository.ts';
import { Actor } from './actor.type.ts';
import { AgreementGrade } from './agreement-grade.type.ts';
import { Claim } from './claim.type.ts';

@ObjectType({ description: 'One independent source: the first named element of the chains of the claims grouped under it.' })
export class IndependentSource {
  @Field(() => Actor, { nullable: true, description: 'The named actor the claims go back to (null when no chain element is known).' })
  actor!: ActorRow | null;

  @Field(() => [Claim], { description: 'The claims counted under it (e.g. two outlets relaying the same AFP report).' })
  claims!: ClaimRow[];

  @Field(() => [Actor], { description: 'The outlets that published these claims.' })
  outlets!: ActorRow[];
}

@ObjectType({ description: 'How well the sources of an incident agree, with the reasons spelled out.' })
export class Agreement {
  @Field(() => AgreementGrade, { description: 'CORROBORATED, SINGLE_SOURCE or CONTESTED.' })
  grade!: AgreementGrade;

  @Field(() => Int, { description: 'How many independent sources back it (denials excluded).' })
  independentSourceCount!: number;

  @Field(() => [IndependentSource], { description: 'The independent sources that back it.' })
  independentSources!: IndependentSource[];

  @Field(() => [Claim], { description: 'The claims that deny it.' })
  denials!: ClaimRow[];

  @Field(() => [String], { description: 'Why this grade, in words: sources counted once, denials, conflicting or consistent figures.' })
  reasons!: string[];
}
