/**
 * Internal: attribution cues that are not speech verbs: prepositions (بحسب X، وفقا لـ X، نقلا عن X; "بحسب ما
 * نقلت X عن Y" is left to the verb), the noun إعلان + actor, and a source noun followed by عن ("أنباء عن ...",
 * "تقارير ميدانية عن ...").
 */
import type { AttributionCue } from './attribution-cue.ts';
import type { EventContext, PlacedSentence } from './build-event-context.ts';
import {
  findClauseEnd,
  getMentionStartingAt,
  isActorMention,
  listActorMentions,
  listCoordinated,
} from './cue-helpers.ts';
import { lookUpSpeechVerb } from './find-verbal-cues.ts';
import { stripConjunction } from './list-word-keys.ts';
import { matchPhraseAt } from './phrase-matcher.ts';

const RELAY_MARKER = '\u0639\u0646'; // عن
const WHAT = '\u0645\u0627'; // ما
const FROM = '\u0645\u0646'; // من
const INFORMATION_WINDOW = 6; // words from an information noun to who obtained it (معلومات حصل عليها مراسل X)

function cue(
  kind: AttributionCue['kind'],
  sources: string[],
  frame: AttributionCue['frame'],
  scope: AttributionCue['scope'],
  backward: boolean,
  stance: AttributionCue['stance'],
): AttributionCue {
  return {
    kind,
    sources,
    continuation: false,
    impersonal: false,
    relays: [],
    stance,
    frame,
    scope,
    backward,
    parent: -1,
    absorbed: false,
  };
}

// "Y، الذي نقلت عنه X،": the medium that quoted the source named in a relative clause after it.
function readRelativeRelay(
  ctx: EventContext,
  from: number,
  limit: number,
): { relays: string[]; end: number } | null {
  let k = from;
  if (ctx.tokens[k]?.text === ',') k++;
  if (
    !ctx.lexicon.speech.backReferences.has(ctx.tokens[k]?.text ?? '') ||
    lookUpSpeechVerb(ctx, k + 1) === null
  )
    return null;
  const marker = ctx.tokens[k + 2]?.text ?? '';
  if (!marker.startsWith(RELAY_MARKER)) return null;
  const medium = listActorMentions(ctx, k + 3, Math.min(k + 5, limit))[0];
  if (medium === undefined || medium.type !== 'media') return null;
  const end = ctx.tokens[medium.tokEnd]?.text === ',' ? medium.tokEnd + 1 : medium.tokEnd;
  return { relays: [medium.entityId], end };
}

/** Given a context and a sentence, returns its prepositional cues; verbs after "بحسب ما" are marked backward. */
export function findPrepositionalCues(
  ctx: EventContext,
  s: PlacedSentence,
  verbal: AttributionCue[],
): AttributionCue[] {
  const out: AttributionCue[] = [];
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const prep = matchPhraseAt(ctx.lexicon.speech.prepositions, ctx.tokens, i);
    if (prep === null || ctx.mentionAt[i] !== -1) continue;
    // Inside a verb's subject ("ذكرت X نقلاً عن Y أن"): the verb reads it as a relay.
    if (verbal.some((c) => !c.backward && i >= c.frame.start && i < c.frame.end)) continue;
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
    // "وفق معلومات حصل عليها X من Y": information X obtained; Y, when named, is the source X relays.
    const informed = ctx.tokens[j]?.keys.some((k) => ctx.lexicon.speech.informationNouns.has(k)) === true;
    const actors = listActorMentions(ctx, j, Math.min(j + (informed ? INFORMATION_WINDOW : 3), s.tokEnd));
    const first = actors[0];
    if (first === undefined) continue;
    const origin =
      informed && ctx.tokens[first.tokEnd]?.text === FROM
        ? getMentionStartingAt(ctx, first.tokEnd + 1)
        : null;
    const head = origin !== null && isActorMention(origin) ? origin : first;
    const sources = listCoordinated(ctx, head, s.tokEnd);
    const named = Math.max(...sources.map((m) => m.tokEnd));
    const relative =
      head === first ? readRelativeRelay(ctx, named, s.tokEnd) : { relays: [first.entityId], end: named };
    const frameEnd = relative?.end ?? named;
    const frame = { start: i, end: frameEnd };
    const scope = atStart ? { start: frameEnd, end: s.tokEnd } : { start: s.tokStart, end: i };
    const found = cue(
      'prep',
      sources.map((m) => m.entityId),
      frame,
      scope,
      !atStart,
      'assert',
    );
    found.relays = relative?.relays ?? [];
    out.push(found);
    i = frameEnd - 1;
  }
  return out;
}

/** Given a context and a sentence, returns its nominal cues (إعلان X، "أنباء عن"), skipping verb subjects. */
export function findNominalCues(
  ctx: EventContext,
  s: PlacedSentence,
  taken: AttributionCue[],
): AttributionCue[] {
  const out: AttributionCue[] = [];
  const inFrame = (i: number): boolean => taken.some((c) => i >= c.frame.start && i < c.frame.end);
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const t = ctx.tokens[i];
    if (t === undefined || inFrame(i)) continue;
    if (
      t.kind === 'word' &&
      ctx.mentionAt[i] === -1 &&
      t.keys.some((k) => ctx.lexicon.speech.nominalAnnounce.has(k))
    ) {
      const head = listActorMentions(ctx, i + 1, Math.min(i + 3, s.tokEnd))[0];
      if (head === undefined) continue;
      const end = head.tokEnd;
      out.push(
        cue(
          'nominal',
          [head.entityId],
          { start: i, end },
          { start: end, end: findClauseEnd(ctx, end, s.tokEnd) },
          false,
          'announce',
        ),
      );
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
    out.push(
      cue(
        'nominal',
        [m.entityId],
        { start: i, end: start },
        { start, end: findClauseEnd(ctx, start, s.tokEnd) },
        false,
        'assert',
      ),
    );
    i = start - 1;
  }
  return out;
}
