import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../src/extract/lexicon/compile-lexicon.ts';
import { matchLongestPhrase } from '../../../../src/extract/lexicon/phrase-trie.ts';
import { normalizeArabic } from '../../../../src/extract/normalize/normalize-arabic.ts';
import { tokenizeNormalized } from '../../../../src/extract/normalize/tokenize-normalized.ts';
import { createTestSources } from '../helpers/test-lexicon.ts';

const lookup = (lexicon: ReturnType<typeof compileLexicon>, text: string) => {
  const tokens = tokenizeNormalized(normalizeArabic(text), text);
  const match = matchLongestPhrase(lexicon.names, tokens, 0, tokens[0]?.text ?? '');
  return match === null
    ? null
    : { id: lexicon.entities[match.value.entity]?.id, length: match.length, trim: match.value.trim };
};

describe('compileLexicon', () => {
  it('indexes names, aliases and spacing variants of actors, places and unnamed sources', () => {
    const lexicon = compileLexicon(createTestSources());
    expect(lookup(lexicon, 'هيئة تحرير الشام')).toMatchObject({ id: 'hts', length: 3 });
    expect(lookup(lexicon, 'جسرالشغور')).toMatchObject({ id: 'jisr-al-shughur', length: 1 });
    expect(lookup(lexicon, 'مصادر محلية')).toMatchObject({ id: 'anon-local-sources' });
  });

  it('marks descriptor aliases so the mention starts after the descriptor', () => {
    const lexicon = compileLexicon(createTestSources());
    expect(lookup(lexicon, 'قوات التحالف الدولي')).toMatchObject({ id: 'coalition', length: 3, trim: 1 });
  });

  it('leaves out places named as a direction or head plus another place', () => {
    const sources = createTestSources({
      locations: [
        { id: 'homs', kind: 'city', name: 'حمص', partOf: null },
        { id: 'north-homs', kind: 'region', name: 'ريف حمص الشمالي', aliases: ['شمال حمص'], partOf: 'homs' },
        { id: 'rif-homs', kind: 'region', name: 'ريف حمص', partOf: 'homs' },
      ],
    });
    const lexicon = compileLexicon(sources);
    expect(lookup(lexicon, 'ريف حمص الشمالي')?.id).toBe('rif-homs');
    expect(lookup(lexicon, 'شمال حمص')).toBeNull();
    expect(lookup(lexicon, 'ريف حمص')?.id).toBe('rif-homs');
  });

  it('reports problems as warnings instead of throwing', () => {
    const sources = createTestSources({
      actors: [
        { id: 'a', kind: 'media', name: 'أ' },
        { id: 'a', kind: 'media', name: 'ب' },
        { id: 'empty', kind: 'media', name: '...' },
        { id: 'odd', kind: 'militia' as 'media', name: 'ميليشيا ما' },
      ],
    });
    const lexicon = compileLexicon(sources);
    expect(lexicon.warnings.some((w) => w.includes('duplicate id a'))).toBe(true);
    expect(lexicon.warnings.some((w) => w.includes('no usable name'))).toBe(true);
    expect(lexicon.warnings.some((w) => w.includes('demonym target'))).toBe(true);
    expect(lexicon.warnings.some((w) => w.includes('actor odd has no valid kind'))).toBe(true);
    expect(lexicon.byId.has('odd')).toBe(false);
  });
});
