/**
 * Internal: the claims of one article: for every sentence that may carry claims, its attribution cues,
 * arranged and turned into drafts, then sources resolved across sentences.
 */
import type { EventContext } from './build-event-context.ts';
import { arrangeCues } from './arrange-cues.ts';
import { buildSentenceClaims, type ClaimDraft } from './build-sentence-claims.ts';
import { findNominalCues, findPrepositionalCues } from './find-other-cues.ts';
import { findVerbalCues } from './find-verbal-cues.ts';
import { resolveClaimSources, type ResolvedDraft } from './resolve-claim-sources.ts';
import { selectClaimSentences } from './select-claim-sentences.ts';

/** Given the context of an article, returns its claim drafts with sources and relay chains resolved. */
export function extractClaims(ctx: EventContext): ResolvedDraft[] {
  const drafts: ClaimDraft[] = [];
  for (const s of selectClaimSentences(ctx)) {
    const verbal = findVerbalCues(ctx, s);
    const prepositional = findPrepositionalCues(ctx, s, verbal);
    const nominal = findNominalCues(ctx, s, [...verbal, ...prepositional]);
    const cues = arrangeCues(ctx, [...verbal, ...prepositional, ...nominal]);
    drafts.push(...buildSentenceClaims(ctx, s, cues));
  }
  return resolveClaimSources(drafts, ctx.input.outletId);
}
