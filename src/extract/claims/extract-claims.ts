/**
 * Internal: the claims of one article: for every sentence that may carry claims, its attribution cues,
 * arranged and turned into drafts, then sources resolved across sentences.
 */
import type { TokenRange } from './attribution-cue.ts';
import type { EventContext, PlacedSentence } from './build-event-context.ts';
import { arrangeCues } from './arrange-cues.ts';
import { attachPublishingRelays } from './attach-publishing-relays.ts';
import { findCorrespondentOutlets } from './find-correspondent-outlets.ts';
import { buildSentenceClaims, type ClaimDraft } from './build-sentence-claims.ts';
import { findNominalCues, findPrepositionalCues } from './find-other-cues.ts';
import { findVerbalCues } from './find-verbal-cues.ts';
import { refineStance } from './refine-stance.ts';
import { resolveClaimSources, type ResolvedDraft } from './resolve-claim-sources.ts';
import { selectClaimSentences } from './select-claim-sentences.ts';

/** The claims of an article and what the incidents step reuses. */
export interface ClaimsResult {
  drafts: ResolvedDraft[];
  /** The sentences that may carry claims (the rest are headings, bylines, teasers). */
  claimSentences: PlacedSentence[];
  /**
   * For every token inside an attribution (verb, subject, preposition and source): 2 when its source only reports
   * (assert), 1 when it speaks of its own deeds (announce, deny, accuse); 0 outside attributions.
   */
  inFrame: Uint8Array;
  /** What each accusation covers, who accuses and whom (null when the accused is not named). */
  accusations: Accusation[];
}

/** An accusation: in its scope, the accused did what is told, not the accuser. */
export interface Accusation {
  scope: TokenRange;
  accusers: string[];
  accused: string | null;
}

const WHOLLY_QUOTED = 0.8; // share of a sentence's tokens inside quotes for it to be a quotation
const SPEAKER = 1;
const REPORTER = 2;

// A sentence that opens inside a quotation begun earlier, or that is itself a quotation, goes on with the speaker.
function continuesQuote(ctx: EventContext, s: PlacedSentence): boolean {
  if (ctx.inQuote[s.tokStart] === 1) return true;
  if (ctx.tokens[s.tokStart]?.text !== '"') return false;
  // Quoted throughout, not a sentence that merely opens with a quoted name ("قسد" تتقدم ...).
  let quoted = 0;
  for (let k = s.tokStart; k < s.tokEnd; k++) quoted += ctx.inQuote[k] ?? 0;
  return quoted >= WHOLLY_QUOTED * (s.tokEnd - s.tokStart - 2);
}

/** Given the context of an article, returns its claim drafts with sources and relay chains resolved. */
export function extractClaims(ctx: EventContext): ClaimsResult {
  const drafts: ClaimDraft[] = [];
  const inFrame = new Uint8Array(ctx.tokens.length);
  const accusations: Accusation[] = [];
  const claimSentences = selectClaimSentences(ctx);
  for (const s of claimSentences) {
    const verbal = findVerbalCues(ctx, s);
    const prepositional = findPrepositionalCues(ctx, s, verbal);
    const nominal = findNominalCues(ctx, s, [...verbal, ...prepositional]);
    const cues = arrangeCues(ctx, [...verbal, ...prepositional, ...nominal]);
    attachPublishingRelays(ctx, s, cues);
    for (const c of cues)
      if (!c.absorbed) inFrame.fill(c.stance === 'assert' ? REPORTER : SPEAKER, c.frame.start, c.frame.end);
    for (const c of cues)
      if (c.stance === 'accuse')
        accusations.push({ scope: c.scope, accusers: c.sources, accused: c.accused ?? null });
    const sentenceDrafts = buildSentenceClaims(ctx, s, cues);
    if (cues.length === 0 && continuesQuote(ctx, s)) {
      for (const d of sentenceDrafts) Object.assign(d, { byOutlet: false, implied: true });
    }
    drafts.push(...sentenceDrafts);
  }
  // Headlines carry no claims, but who speaks in them (يوثق المرصد ...) is no actor of their incidents either.
  for (const s of ctx.sentences) {
    if (claimSentences.includes(s) || s.sentence.start >= ctx.input.segmentation.contentEnd) continue;
    for (const c of findVerbalCues(ctx, s))
      inFrame.fill(c.stance === 'assert' ? REPORTER : SPEAKER, c.frame.start, c.frame.end);
  }
  const correspondents = findCorrespondentOutlets(ctx.input.entities, ctx.input.outletId);
  const resolved = resolveClaimSources(drafts, ctx.input.outletId, correspondents);
  refineStance(ctx, resolved);
  return {
    drafts: resolved,
    claimSentences,
    inFrame,
    accusations,
  };
}
