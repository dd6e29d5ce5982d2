import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { compileLexicon } from '../../../src/extract/lexicon/compile-lexicon.ts';
import type { ExtractedArticle } from '../../../src/extract/types.ts';
import { readLexiconSources } from '../../../src/load/read-lexicon.ts';

const lexicon = compileLexicon(await readLexiconSources());
const SENTENCE = 'قال مراسل وكالة “ستيب الإخبارية” إن طائرات التحالف الدولي قصفت بلدة الباغوز، ما أدى إلى مقتل 12 مدنياً. ';

/** Every offset the extractor returns must slice the original text to what it names. */
function expectExactOffsets(text: string, article: ExtractedArticle): void {
  for (const e of article.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const c of article.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  for (const i of article.incidents) for (const ev of i.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
}

function timeExtraction(text: string): number {
  const started = process.hrtime.bigint();
  expectExactOffsets(text, extractArticle({ file: 'hostile.txt', text }, lexicon));
  return Number(process.hrtime.bigint() - started) / 1e6;
}

describe('extractArticle on hostile text', () => {
  it.each([
    ['a megabyte-long line with no punctuation', 'داعش قسد الباغوز '.repeat(60_000)],
    ['deeply nested quotes', `${'«“'.repeat(5_000)}قال ناشطون${'”»'.repeat(5_000)}`],
    ['control characters and lone surrogates', `قال\u0000ناشطون\u0007إن\ud800 القصف\u001b[31m أدى\ufffe إلى مقتل ٥ مدنيين`],
    ['mixed scripts and bidi controls', `ISIS داعش \u202eقسد\u202c Кремль 克里姆林宫 ${SENTENCE}\u2067الحشد\u2069`],
    ['only tatweel and diacritics', 'ـــــًٌٍَُِّْ'.repeat(20_000)],
  ])('survives %s with exact offsets', (_name, text) => {
    expect(() => expectExactOffsets(text, extractArticle({ file: 'hostile.txt', text }, lexicon))).not.toThrow();
  }, 60_000);

  it('grows about linearly with size: 8 times the text costs far less than 64 times the time', () => {
    // A ratio within one run, not a timed bound: quadratic work would make the ratio near 64.
    const small = SENTENCE.repeat(300);
    const large = SENTENCE.repeat(2_400);
    timeExtraction(small); // warm-up
    const ratios = [0, 1].map(() => timeExtraction(large) / Math.max(1, timeExtraction(small)));
    expect(Math.min(...ratios)).toBeLessThan(24);
  }, 60_000);
});
