/**
 * Internal: who did it and to whom, for one trigger: "من قبل X"، "شنتها طائرات X" (perpetrator marker);
 * "غارات للتحالف"، "قصف قوات النظام" (the actor right after the trigger); "اشتباكات بين X و Y"; "طيران X" for
 * air strikes; else the actor heading the clause before the trigger (ارتكبت قوات X ... مجزرة). Targets follow
 * على، ضد or a target noun (مواقع، تجمعات، عناصر). Sources (media, anonymous) are never perpetrators.
 */
import type { EventContext, PlacedMention } from '../claims/build-event-context.ts';
import { getMentionStartingAt, hasLamBefore, isActorMention } from '../claims/cue-helpers.ts';
import { findPhrases } from '../claims/phrase-matcher.ts';
import type { IncidentTrigger } from './find-incident-triggers.ts';

/** Perpetrators and targets of one trigger (entity ids). */
export interface IncidentActors {
  perpetrators: string[];
  targets: string[];
}

const AFTER_WINDOW = 8;
const BEFORE_WINDOW = 14;
const VERB_SUBJECT_WINDOW = 6;

const isAgent = (m: PlacedMention): boolean => isActorMention(m) && m.type !== 'media' && m.type !== 'anonymous_source';

// The next agent mention at or after `from`, skipping up to `skip` words (طيران، قوات، جوية).
function nextAgent(ctx: EventContext, from: number, limit: number, skip: number): PlacedMention | null {
  for (let k = from, words = 0; k < limit && words <= skip; k++) {
    const m = getMentionStartingAt(ctx, k);
    if (m !== null) return isAgent(m) ? m : null;
    if (ctx.tokens[k]?.kind === 'word') words++;
  }
  return null;
}

function isTargetSlot(ctx: EventContext, k: number): boolean {
  const prev = ctx.tokens[k - 1];
  return prev !== undefined && prev.keys.some((key) => ctx.lexicon.triggers.targetMarkers.has(key));
}

function findTargets(ctx: EventContext, t: IncidentTrigger, exclude: readonly string[]): string[] {
  for (let k = t.end; k < Math.min(t.sentence.tokEnd, t.end + AFTER_WINDOW * 2); k++) {
    const m = getMentionStartingAt(ctx, k);
    if (m !== null && isAgent(m) && !exclude.includes(m.entityId) && (isTargetSlot(ctx, k) || ctx.tokens[k]?.keys.some((key) => ctx.lexicon.triggers.targetMarkers.has(key)) || hasLamBefore(ctx, m))) return [m.entityId];
    if (ctx.tokens[k]?.text === '.') break;
  }
  return [];
}

function subjectBefore(ctx: EventContext, t: IncidentTrigger, window: number): PlacedMention | null {
  const from = Math.max(t.sentence.tokStart, t.start - window);
  for (let k = from; k < t.start; k++) {
    const m = getMentionStartingAt(ctx, k);
    if (m !== null && isAgent(m) && !isTargetSlot(ctx, k) && !hasLamBefore(ctx, m)) return m;
  }
  return null;
}

/** Given a context and a trigger, returns its perpetrators and targets. */
export function findIncidentActors(ctx: EventContext, t: IncidentTrigger): IncidentActors {
  const tr = ctx.lexicon.triggers;
  const limit = Math.min(t.sentence.tokEnd, t.end + AFTER_WINDOW);
  const between = ctx.tokens[t.end]?.keys.some((k) => tr.betweenMarkers.has(k)) ? t.end + 1 : -1;
  if (between >= 0) {
    const first = nextAgent(ctx, between, limit, 2);
    if (first !== null) {
      const second = nextAgent(ctx, first.tokEnd, limit + 4, 3);
      return { perpetrators: [first.entityId], targets: second === null ? [] : [second.entityId] };
    }
  }
  let perpetrator: PlacedMention | null = null;
  for (const marker of findPhrases(tr.perpetratorMarkers, ctx.tokens, t.end, limit)) {
    perpetrator = nextAgent(ctx, marker.end, limit + 4, 2);
    if (perpetrator !== null) break;
  }
  if (perpetrator === null && t.isVerb) perpetrator = subjectBefore(ctx, t, VERB_SUBJECT_WINDOW);
  if (perpetrator === null && !isTargetSlot(ctx, t.end)) perpetrator = nextAgent(ctx, t.end, limit, 2);
  if (perpetrator === null && t.type === 'airstrike') {
    for (const air of findPhrases(tr.airAgents, ctx.tokens, t.sentence.tokStart, t.sentence.tokEnd)) {
      perpetrator = nextAgent(ctx, air.end, air.end + 2, 0);
      if (perpetrator !== null) break;
    }
  }
  perpetrator ??= subjectBefore(ctx, t, BEFORE_WINDOW);
  const perpetrators = perpetrator === null ? [] : [perpetrator.entityId];
  return { perpetrators, targets: findTargets(ctx, t, perpetrators) };
}
