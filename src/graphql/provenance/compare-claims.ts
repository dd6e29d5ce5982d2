/**
 * Public API: how one claim compares with another about the same incident: claims of the same independent
 * source are not compared; a denial against an assertion, or killed/injured figures that cannot both hold,
 * contradict; otherwise claims with the same polarity corroborate.
 */
import type { EvidenceRow } from '../../db/relation.repository.ts';
import { describeActor } from './describe-actor.ts';
import { figureRange, rangesConflict } from './figure-range.ts';
import { findIndependentSource } from './find-independent-source.ts';

/** The outcome of comparing two claims, with reasons in words. */
export interface ClaimRelation {
  relation: 'corroborates' | 'contradicts' | 'same-source';
  reasons: string[];
}

/** Given this claim's evidence and another's, returns how the other relates to this one. */
export function compareClaims(self: EvidenceRow, other: EvidenceRow): ClaimRelation {
  const selfSource = findIndependentSource(self);
  const otherSource = findIndependentSource(other);
  if (selfSource.key === otherSource.key) return { relation: 'same-source', reasons: [] };
  const who = otherSource.actor ? describeActor(otherSource.actor) : otherSource.label;
  const reasons: string[] = [];
  const selfDenies = self.claim.stance === 'deny';
  const otherDenies = other.claim.stance === 'deny';
  if (selfDenies !== otherDenies) {
    reasons.push(otherDenies ? `${who} denies it.` : `${who} asserts what this claim denies.`);
  }
  for (const measure of ['killed', 'injured'] as const) {
    const a = figureRange(self.claim[measure], self.claim.qualifier, self.claim.vague);
    const b = figureRange(other.claim[measure], other.claim.qualifier, other.claim.vague);
    if (a && b && rangesConflict(a, b)) reasons.push(`${who} gives ${other.claim[measure]} ${measure}, this claim ${self.claim[measure]}.`);
  }
  if (reasons.length > 0) return { relation: 'contradicts', reasons };
  const agree = [`${who} ${selfDenies ? 'also denies it' : 'also reports it'}.`];
  for (const measure of ['killed', 'injured'] as const) {
    if (typeof self.claim[measure] === 'number' && typeof other.claim[measure] === 'number') {
      agree.push(`${measure} figures compatible: ${self.claim[measure]} and ${other.claim[measure]}.`);
    }
  }
  return { relation: 'corroborates', reasons: agree };
}
