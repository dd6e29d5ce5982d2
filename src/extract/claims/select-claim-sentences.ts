/**
 * Internal: which sentences of the content can carry claims. Not the headline, nothing after the boilerplate,
 * no subheadings (a paragraph of one sentence without final punctuation when the article punctuates its
 * sentences), no questions, no lines ending in a colon (bylines, "التفاصيل في التقرير الآتي:"), no teasers
 * ending in an ellipsis, no repeated sentences, nothing shorter than four words.
 */
import type { EventContext, PlacedSentence } from './build-event-context.ts';

const MIN_WORDS = 4;
const TERMINAL = new Set(['.', '!']);
const REJECTED_ENDINGS = new Set(['?', ':', '\u2026']); // question mark, colon, horizontal ellipsis

function lastPunct(ctx: EventContext, s: PlacedSentence): string {
  const last = ctx.tokens[s.tokEnd - 1];
  if (last !== undefined && last.kind === 'punct' && last.text !== '"' && last.text !== ')') return last.text;
  const beforeQuote = ctx.tokens[s.tokEnd - 2];
  if (last !== undefined && (last.text === '"' || last.text === ')') && beforeQuote?.kind === 'punct') return beforeQuote.text;
  const next = ctx.tokens[s.tokEnd];
  return next !== undefined && next.kind === 'punct' && next.origStart - s.sentence.end <= 1 ? next.text : '';
}

function isTeaser(ctx: EventContext, s: PlacedSentence): boolean {
  const a = ctx.tokens[s.tokEnd - 1];
  const b = ctx.tokens[s.tokEnd - 2];
  return a?.text === '.' && b?.text === '.';
}

/** Given the context, returns the sentences that may carry claims, in order. */
export function selectClaimSentences(ctx: EventContext): PlacedSentence[] {
  const { segmentation } = ctx.input;
  const content = ctx.sentences.filter((s) => !s.sentence.isTitle && s.sentence.start < segmentation.contentEnd && s.tokEnd > s.tokStart);
  const punctuated = content.filter((s) => TERMINAL.has(lastPunct(ctx, s))).length;
  const perParagraph = new Map<number, number>();
  for (const s of content) perParagraph.set(s.sentence.paragraph, (perParagraph.get(s.sentence.paragraph) ?? 0) + 1);
  const titles = ctx.sentences.filter((s) => s.sentence.isTitle);
  const titleParagraphs = new Set(titles.map((s) => s.sentence.paragraph));
  const textOf = (s: PlacedSentence): string => ctx.tokens.slice(s.tokStart, s.tokEnd).filter((t) => t.kind !== 'punct').map((t) => t.text).join(' ');
  const titleText = titles.map(textOf).join(' ');
  const seen = new Set<string>(titles.map(textOf));
  return content.filter((s) => {
    const words = ctx.tokens.slice(s.tokStart, s.tokEnd).filter((t) => t.kind !== 'punct');
    if (words.length < MIN_WORDS) return false;
    const end = lastPunct(ctx, s);
    if (REJECTED_ENDINGS.has(end) || isTeaser(ctx, s)) return false;
    if (punctuated >= 2 && !TERMINAL.has(end) && perParagraph.get(s.sentence.paragraph) === 1) return false;
    if (titleParagraphs.has(s.sentence.paragraph)) return false;
    const key = words.map((t) => t.text).join(' ');
    if (seen.has(key) || (titleText.length > 0 && titleText.includes(key))) return false;
    seen.add(key);
    return true;
  });
}
