/**
 * Internal: the token spans of one sentence where a trigger does not report an event. Irrealis spans follow what
 * is feared, expected, planned, demanded or judged (مخاوف من، يتوقع، بهدف، طالبت ب، يرى مراقبون أن), a modal قد
 * before an imperfect verb (قد يشن) or a future verb (ستبدأ), up to the end of its phrase. State spans follow an
 * imperfect verb of state (تعيش، تعاني، تشهد، تتقاسم) and habit spans cover the clause of a habitual or background
 * phrase (منذ أشهر، بين الحين والآخر، على وقع), both over commas to the end of the sentence unless a new clause
 * (فيما، رغم، بعد أن) opens.
 */
import type { EventContext, PlacedSentence } from '../claims/build-event-context.ts';
import { matchPhraseAt } from '../claims/phrase-matcher.ts';
import { stripConjunction } from '../claims/list-word-keys.ts';
import type { NonEventLexicon } from './non-event-lexicon.ts';

/**
 * How a span denies that a trigger reports an event: irrealis (feared, planned, demanded, judged), habit (a
 * recurring or lasting situation) or state (what a place or people live with).
 */
export type NonEventKind = 'irrealis' | 'habit' | 'state';

/** One span `[start, end)` of tokens (see the file header). */
export interface NonEventSpan {
  start: number;
  end: number;
  kind: NonEventKind;
}

/** The spans of a sentence and the tokens of its habitual phrases (not dates that anchor an event). */
export interface NonEventSpans {
  spans: NonEventSpan[];
  habitual: { start: number; end: number }[];
}

const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '!', '?', '(', ')']);
const HARD_PUNCT = new Set([';', ':', '.', '!', '?']);
const YEH = '\u064a';
const TEH = '\u062a';
const MODAL_REACH = 8; // tokens back to a كان that makes قد pluperfect (وكان X قد شن)
const MIN_FUTURE_LETTERS = 4; // ستشن

type Ctx = EventContext;

const opensClause = (ctx: Ctx, lex: NonEventLexicon, k: number): boolean =>
  matchPhraseAt(ctx.lexicon.speech.clauseConnectors, ctx.tokens, k) !== null ||
  matchPhraseAt(lex.scopeBreakers, ctx.tokens, k) !== null;

// Irrealis scopes end at any punctuation or clause connector: what is feared is one phrase.
function phraseEnd(ctx: Ctx, from: number, s: PlacedSentence): number {
  for (let k = from; k < s.tokEnd; k++) {
    if (
      CLAUSE_PUNCT.has(ctx.tokens[k]?.text ?? '') ||
      matchPhraseAt(ctx.lexicon.speech.clauseConnectors, ctx.tokens, k) !== null
    )
      return k;
  }
  return s.tokEnd;
}

// State and habit scopes run over commas ("هدوءا حذرا بين الحين والآخر، يتخلله قصف") until a new clause opens.
function clauseEnd(ctx: Ctx, lex: NonEventLexicon, from: number, s: PlacedSentence): number {
  for (let k = from; k < s.tokEnd; k++) {
    if (HARD_PUNCT.has(ctx.tokens[k]?.text ?? '') || opensClause(ctx, lex, k)) return k;
  }
  return s.tokEnd;
}

function clauseStart(ctx: Ctx, lex: NonEventLexicon, from: number, s: PlacedSentence): number {
  for (let k = from - 1; k >= s.tokStart; k--) {
    const t = ctx.tokens[k];
    if (
      t === undefined ||
      CLAUSE_PUNCT.has(t.text) ||
      lex.relativePronouns.has(stripConjunction(t.text).stem) ||
      opensClause(ctx, lex, k)
    )
      return k + 1;
  }
  return s.tokStart;
}

// "قد يشن" / "قد تشهد" (may), not "قد شن" / "قد تعرضت" / "وكان X قد تبنى" (had).
function isModal(ctx: Ctx, lex: NonEventLexicon, k: number, s: PlacedSentence): boolean {
  const t = ctx.tokens[k];
  const next = ctx.tokens[k + 1]?.text ?? '';
  if (t === undefined || !lex.modalParticles.has(stripConjunction(t.text).stem)) return false;
  const imperfect = next.startsWith(YEH) || (next.startsWith(TEH) && !next.endsWith(TEH));
  if (!imperfect) return false;
  for (let j = k - 1; j >= Math.max(s.tokStart, k - MODAL_REACH); j--) {
    if (lex.pluperfectAuxiliaries.has(stripConjunction(ctx.tokens[j]?.text ?? '').stem)) return false;
  }
  return true;
}

// "ستبدأ"، "سيشن": the future prefix on an imperfect verb (names and nouns such as سيارة، سيطرة are excluded).
function isFutureVerb(ctx: Ctx, lex: NonEventLexicon, k: number): boolean {
  const t = ctx.tokens[k];
  if (t === undefined || t.kind !== 'word' || ctx.mentionAt[k] !== -1) return false;
  const w = stripConjunction(t.text).stem;
  return (
    w.length >= MIN_FUTURE_LETTERS &&
    lex.futurePrefixes.some((p) => w.startsWith(p)) &&
    !lex.notFutureStarts.some((p) => w.startsWith(p))
  );
}

// "طيران يعتقد أنه تابع للتحالف استهدف ...": an impersonal opinion verb between a noun and أن doubts who the noun
// is, not whether the event happened ("ويعتقد محللون أن ..." opens its clause, with a conjunction and a subject).
function isHedge(ctx: Ctx, lex: NonEventLexicon, k: number, s: PlacedSentence): boolean {
  const t = ctx.tokens[k];
  const prev = ctx.tokens[k - 1];
  if (t === undefined || !lex.hedgeVerbs.has(t.text) || k <= s.tokStart || prev?.kind !== 'word')
    return false;
  return ctx.lexicon.speech.complementizers.has(ctx.tokens[k + 1]?.text ?? '');
}

/** Given the context, the non-event lexicon and a sentence, returns its non-event spans. */
export function findNonEventSpans(ctx: Ctx, lex: NonEventLexicon, s: PlacedSentence): NonEventSpans {
  const spans: NonEventSpan[] = [];
  const habitual: { start: number; end: number }[] = [];
  for (let k = s.tokStart; k < s.tokEnd; k++) {
    const t = ctx.tokens[k];
    if (t === undefined || t.kind !== 'word' || ctx.mentionAt[k] !== -1) continue;
    const irrealis = matchPhraseAt(lex.irrealis, ctx.tokens, k);
    if (irrealis !== null && !isHedge(ctx, lex, k, s)) {
      spans.push({ start: irrealis.end, end: phraseEnd(ctx, irrealis.end, s), kind: 'irrealis' });
      continue;
    }
    if (isModal(ctx, lex, k, s) || isFutureVerb(ctx, lex, k)) {
      spans.push({ start: k + 1, end: phraseEnd(ctx, k + 1, s), kind: 'irrealis' });
      continue;
    }
    if (lex.stativeVerbs.has(stripConjunction(t.text).stem)) {
      spans.push({ start: k + 1, end: clauseEnd(ctx, lex, k + 1, s), kind: 'state' });
      continue;
    }
    const habit = matchPhraseAt(lex.habitual, ctx.tokens, k);
    if (habit !== null) {
      habitual.push({ start: habit.start, end: habit.end });
      spans.push({
        start: clauseStart(ctx, lex, k, s),
        end: clauseEnd(ctx, lex, habit.end, s),
        kind: 'habit',
      });
      k = habit.end - 1;
    }
  }
  return { spans, habitual };
}
