/** Public API: the `ClaimComparison` object type: another source's claim about the same incident and why it agrees or differs. */
import { Field, ObjectType } from 'type-graphql';
import type { ClaimRow } from '../../db/node.repository.ts';
import { Claim } from './claim.type.ts';

@ObjectType({ description: "A claim of another independent source about the same incident, with how it compares." })
export class ClaimComparison {
  @Field(() => Claim, { description: 'The other claim.' })
  claim!: ClaimRow;

  @Field(() => [String], { description: 'Why it corroborates or contradicts (stances, figures).' })
  reasons!: string[];
}
