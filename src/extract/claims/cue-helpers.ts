/**
 * Internal: small token-level questions the attribution finders ask (is this a mention of an actor, where does
 * the clause end, which mentions are coordinated with و).
 */
import type { EventContext, PlacedMention } from './build-event-context.ts';
import { matchPhraseAt } from './phrase-matcher.ts';

const WAW = '\u0648';
const LAM = '\u0644';

/** Given a context and a token index, returns the mention starting at that token, or null. */
export function getMentionStartingAt(ctx: EventContext, i: number): PlacedMention | null {
  const m = ctx.mentions[ctx.mentionAt[i] ?? -1];
  return m !== undefined && m.tokStart === i ? m : null;
}

/** Given a mention, returns true when it names an actor (anything but a location). */
export function isActorMention(m: PlacedMention): boolean {
  return m.type !== 'location';
}

/** Given a context and a token range, returns the actor mentions starting inside it, in order. */
export function listActorMentions(ctx: EventContext, start: number, end: number): PlacedMention[] {
  const out: PlacedMention[] = [];
  for (let i = start; i < end; i++) {
    const m = getMentionStartingAt(ctx, i);
    if (m !== null && isActorMention(m)) out.push(m);
  }
  return out;
}

/** Given a mention, returns true when a preposition ل is glued to it or stands before it ("لحرية برس"، "لـ داعش"). */
export function hasLamBefore(ctx: EventContext, m: PlacedMention): boolean {
  const first = ctx.tokens[m.tokStart];
  if (first !== undefined && first.origStart < m.start && first.text.startsWith(LAM)) return true;
  if (first !== undefined && first.origStart === m.start && first.text.startsWith(LAM + LAM)) return true;
  const prev = ctx.tokens[m.tokStart - 1];
  return prev !== undefined && (prev.text === LAM || prev.text === WAW + LAM);
}

/** Given a mention, returns true when it is told to: ل glued to it or to a head before it ("لمراسل سانا"، "لصحيفة “الوطن”"). */
export function isToldTo(ctx: EventContext, m: PlacedMention): boolean {
  if (hasLamBefore(ctx, m)) return true;
  let k = m.tokStart - 1;
  while (ctx.tokens[k]?.text === '"') k--;
  const head = ctx.tokens[k];
  if (head === undefined || !head.text.startsWith(LAM)) return false;
  return ctx.lexicon.speech.relayHeads.has(head.text.slice(1)) || head.keys.some((key) => key !== head.text && ctx.lexicon.speech.relayHeads.has(key));
}

/** Given a mention, returns the mentions coordinated with it by و right after it ("الجيش العراقي والحشد الشعبي"). */
export function listCoordinated(ctx: EventContext, first: PlacedMention, limit: number): PlacedMention[] {
  const out = [first];
  let last = first;
  for (;;) {
    let i = last.tokEnd;
    if (ctx.tokens[i]?.text === WAW) i++;
    const next = i < limit ? getMentionStartingAt(ctx, i) : null;
    const glued = next !== null && (i > last.tokEnd || ctx.tokens[i]?.text.startsWith(WAW) === true);
    if (next === null || !glued || !isActorMention(next) || next.entityId === last.entityId) break;
    out.push(next);
    last = next;
  }
  return out;
}

/** Given a context and a token index, returns true when a new clause starts there (a comma then فيما، حيث، وكان...), outside quotes. */
export function isClauseBoundary(ctx: EventContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t === undefined || (t.text !== ',' && t.text !== ';') || ctx.inQuote[i] === 1) return false;
  return matchPhraseAt(ctx.lexicon.speech.clauseConnectors, ctx.tokens, i + 1) !== null;
}

/** Given a token index and an upper limit, returns the end of the clause holding it (exclusive). */
export function findClauseEnd(ctx: EventContext, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (isClauseBoundary(ctx, i)) return i;
  return limit;
}

/** Given a context and a token range, returns how many words in it are not framing words (كما، حيث، أن...). */
export function countContentWords(ctx: EventContext, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const t = ctx.tokens[i];
    if (t === undefined || t.kind === 'punct') continue;
    if (t.kind === 'word' && t.keys.some((k) => ctx.lexicon.speech.framing.has(k))) continue;
    n++;
  }
  return n;
}
