/**
 * Internal: turns the arranged cues of one sentence into claim drafts: one per source that says something of
 * substance, plus one for the outlet when part of the sentence is nobody else's. Each draft keeps the token
 * ranges of what its source says, for figures and incident links.
 */
import type { Stance } from '../types.ts';
import type { AttributionCue, TokenRange } from './attribution-cue.ts';
import type { EventContext, PlacedSentence } from './build-event-context.ts';
import { countContentWords, isClauseBoundary } from './cue-helpers.ts';

/** A claim before ids, figures and incidents are attached. */
export interface ClaimDraft {
  sentence: PlacedSentence;
  sourceId: string | null;
  /** Relays nearest the source first, without the outlet (added at the end by the caller). */
  relays: string[];
  stance: Stance;
  /** True when the outlet itself speaks. */
  byOutlet: boolean;
  /** True when the source was implied (continuation) and is still to be resolved. */
  implied: boolean;
  content: TokenRange[];
}

const MIN_CUE_WORDS = 2;
const MIN_OUTLET_WORDS = 3;
const MAX_LEAD_WORDS = 7; // words of a lead that frames the first cue

function toRanges(mask: readonly boolean[], offset: number): TokenRange[] {
  const out: TokenRange[] = [];
  mask.forEach((on, k) => {
    if (!on) return;
    const last = out[out.length - 1];
    if (last !== undefined && last.end === offset + k) last.end++;
    else out.push({ start: offset + k, end: offset + k + 1 });
  });
  return out;
}

function chainOf(cues: readonly AttributionCue[], c: AttributionCue, depth = 0): string[] {
  const parent = cues[c.parent];
  if (parent === undefined || depth > 5) return [...c.relays];
  return [...c.relays, ...parent.sources.slice(0, 1), ...chainOf(cues, parent, depth + 1)];
}

// A new clause (، فيما ...) between the lead and the cue makes the lead a statement of its own.
function opensClause(ctx: EventContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isClauseBoundary(ctx, k)) return true;
  return false;
}

/** Given a context, a sentence and its arranged cues, returns the claim drafts of the sentence. */
export function buildSentenceClaims(ctx: EventContext, s: PlacedSentence, cues: readonly AttributionCue[]): ClaimDraft[] {
  const live = cues.filter((c) => !c.absorbed);
  const n = s.tokEnd - s.tokStart;
  const inFrame = new Array<boolean>(n).fill(false);
  const inScope = new Array<boolean>(n).fill(false);
  for (const c of live) {
    for (let k = c.frame.start; k < c.frame.end; k++) if (k >= s.tokStart && k < s.tokEnd) inFrame[k - s.tokStart] = true;
    for (let k = c.scope.start; k < c.scope.end; k++) if (k >= s.tokStart && k < s.tokEnd) inScope[k - s.tokStart] = true;
  }
  const drafts: ClaimDraft[] = [];
  live.forEach((c, index) => {
    const mask = new Array<boolean>(n).fill(false);
    for (let k = c.scope.start; k < c.scope.end; k++) if (k >= s.tokStart && k < s.tokEnd) mask[k - s.tokStart] = !inFrame[k - s.tokStart];
    for (const child of live) {
      if (live.indexOf(child) === index || cues[child.parent] !== c) continue;
      for (let k = child.scope.start; k < child.scope.end; k++) if (k >= s.tokStart && k < s.tokEnd) mask[k - s.tokStart] = false;
    }
    const content = toRanges(mask, s.tokStart);
    const words = content.reduce((sum, r) => sum + countContentWords(ctx, r.start, r.end), 0);
    if (words < MIN_CUE_WORDS && c.stance === 'assert') return;
    const relays = chainOf(cues, c);
    const sources = c.sources.length > 0 ? c.sources : [null];
    for (const sourceId of sources) {
      drafts.push({ sentence: s, sourceId, relays, stance: c.stance, byOutlet: false, implied: c.sources.length === 0 && c.unknownSpeaker !== true, content });
    }
  });
  // A short lead before the first forward cue only frames it ("وفي أول تعليق على الهجوم، قال X"): not the
  // outlet's claim. A cue far into the sentence ("..., وسط أنباء عن") leaves the outlet what comes before it.
  const firstForward = Math.min(s.tokEnd, ...live.filter((c) => !c.backward).map((c) => c.frame.start));
  const isLead = countContentWords(ctx, s.tokStart, firstForward) <= MAX_LEAD_WORDS && !opensClause(ctx, s.tokStart, firstForward);
  const leadEnd = isLead ? firstForward : s.tokStart;
  const rootMask = inFrame.map((f, k) => !f && !inScope[k] && s.tokStart + k >= leadEnd);
  const rootContent = toRanges(rootMask, s.tokStart);
  const rootWords = rootContent.reduce((sum, r) => sum + countContentWords(ctx, r.start, r.end), 0);
  if (rootWords >= MIN_OUTLET_WORDS || drafts.length === 0) {
    drafts.unshift({ sentence: s, sourceId: null, relays: [], stance: 'assert', byOutlet: true, implied: false, content: rootContent.length > 0 ? rootContent : [{ start: s.tokStart, end: s.tokEnd }] });
  }
  return drafts;
}
