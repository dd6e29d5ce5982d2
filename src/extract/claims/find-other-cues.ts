/**
 * Internal: attribution cues that are not speech verbs: prepositions (بحسب X، وفقا لـ X، نقلا عن X; "بحسب ما
 * نقلت X عن Y" is left to the verb), the noun إعلان + actor, and a source noun followed by عن ("أنباء عن ...",
 * "تقارير ميدانية عن ...").
 */
import type { AttributionCue } from './attribution-cue.ts';
import type { EventContext, PlacedSentence } from './build-event-context.ts';
import { findClauseEnd, getMentionStartingAt, isActorMention, listActorMentions, listCoordinated } from './cue-helpers.ts';
import { lookUpSpeechVerb } from './find-verbal-cues.ts';
import { stripConjunction } from './list-word-keys.ts';
import { matchPhraseAt } from './phrase-matcher.ts';

const RELAY_MARKER = '\u0639\u0646'; // عن
const WHAT = '\u0645\u0627'; // ما

function cue(kind: AttributionCue['kind'], sources: string[], frame: AttributionCue['frame'], scope: AttributionCue['scope'], backward: boolean, stance: AttributionCue['stance']): AttributionCue {
  return { kind, sources, continuation: false, impersonal: false, relays: [], stance, frame, scope, backward, parent: -1, absorbed: false };
}

/** Given a context and a sentence, returns its prepositional cues; verbs after "بحسب ما" are marked backward. */
export function findPrepositionalCues(ctx: EventContext, s: PlacedSentence, verbal: AttributionCue[]): AttributionCue[] {
  const out: AttributionCue[] = [];
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const prep = matchPhraseAt(ctx.lexicon.speech.prepositions, ctx.tokens, i);
    if (prep === null || ctx.mentionAt[i] !== -1) continue;
    let j = prep.end;
    if (ctx.tokens[j]?.text === '\u0644') j++; // وفقا لـ X
    const atStart = ctx.tokens.slice(s.tokStart, i).filter((t) => t.kind === 'word').length <= 1;
    if (ctx.tokens[j]?.text === WHAT && lookUpSpeechVerb(ctx, j + 1) !== null) {
      const v = verbal.find((c) => c.frame.start <= j + 1 && c.frame.end > j + 1);
      if (v !== undefined && !atStart) {
        v.frame = { start: i, end: Math.max(v.frame.end, v.scope.start) };
        v.scope = { start: s.tokStart, end: i };
        v.backward = true;
      }
      continue;
    }
    const actors = listActorMentions(ctx, j, Math.min(j + 3, s.tokEnd));
    const head = actors[0];
    if (head === undefined) continue;
    const sources = listCoordinated(ctx, head, s.tokEnd);
    const frameEnd = Math.max(...sources.map((m) => m.tokEnd));
    const frame = { start: i, end: frameEnd };
    const scope = atStart ? { start: frameEnd, end: s.tokEnd } : { start: s.tokStart, end: i };
    out.push(cue('prep', sources.map((m) => m.entityId), frame, scope, !atStart, 'assert'));
    i = frameEnd - 1;
  }
  return out;
}

/** Given a context and a sentence, returns its nominal cues (إعلان X، "أنباء عن"), skipping verb subjects. */
export function findNominalCues(ctx: EventContext, s: PlacedSentence, taken: AttributionCue[]): AttributionCue[] {
  const out: AttributionCue[] = [];
  const inFrame = (i: number): boolean => taken.some((c) => i >= c.frame.start && i < c.frame.end);
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const t = ctx.tokens[i];
    if (t === undefined || inFrame(i)) continue;
    if (t.kind === 'word' && ctx.mentionAt[i] === -1 && t.keys.some((k) => ctx.lexicon.speech.nominalAnnounce.has(k))) {
      const head = listActorMentions(ctx, i + 1, Math.min(i + 3, s.tokEnd))[0];
      if (head === undefined) continue;
      const end = head.tokEnd;
      out.push(cue('nominal', [head.entityId], { start: i, end }, { start: end, end: findClauseEnd(ctx, end, s.tokEnd) }, false, 'announce'));
      i = end - 1;
      continue;
    }
    const m = getMentionStartingAt(ctx, i);
    if (m === null || !isActorMention(m) || (m.type !== 'anonymous_source' && m.type !== 'media')) continue;
    const next = ctx.tokens[m.tokEnd];
    if (next === undefined || stripConjunction(next.text).stem !== RELAY_MARKER) continue;
    const after = getMentionStartingAt(ctx, m.tokEnd + 1);
    if (after !== null && isActorMention(after)) continue;
    const start = m.tokEnd + 1;
    out.push(cue('nominal', [m.entityId], { start: i, end: start }, { start, end: findClauseEnd(ctx, start, s.tokEnd) }, false, 'assert'));
    i = start - 1;
  }
  return out;
}
